import "fake-indexeddb/auto";
import { describeAcceptance } from "./acceptance";
import { describeAdapterBehaviour } from "./adapterBehaviour";

describeAcceptance("fake-indexeddb");
describeAdapterBehaviour("fake-indexeddb");
