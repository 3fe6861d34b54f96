import { expect, it } from "vitest";
import { estimateStorage, requestPersistentStorage } from "../../src/storage/persist";

// Chromium answers without a prompt (granted or denied by its heuristics); both are valid here.
it("asks Chromium for persistent storage and reads the estimate", async () => {
  expect(["granted", "denied"]).toContain(await requestPersistentStorage());
  const estimate = await estimateStorage();
  expect(estimate?.quota).toBeGreaterThan(0);
});
