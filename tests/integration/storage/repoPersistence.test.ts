import "fake-indexeddb/auto";
import { describeRepoPersistence } from "./repoPersistence";

describeRepoPersistence("fake-indexeddb");
