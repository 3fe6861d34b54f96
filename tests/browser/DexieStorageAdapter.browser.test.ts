import { describeAcceptance } from "../integration/storage/acceptance";
import { describeAdapterBehaviour } from "../integration/storage/adapterBehaviour";
import { describeRepoPersistence } from "../integration/storage/repoPersistence";

// The same suites as under fake-indexeddb (tests/integration/storage), against Chromium's IndexedDB.
describeAcceptance("Chromium");
describeAdapterBehaviour("Chromium");
describeRepoPersistence("Chromium");
