import { afterEach, describe, expect, it, vi } from "vitest";
import { estimateStorage, requestPersistentStorage } from "../../../src/storage/persist";

const stubStorage = (storage: Partial<StorageManager> | undefined) =>
  vi.stubGlobal("navigator", storage === undefined ? {} : { storage });

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("requestPersistentStorage", () => {
  it("is unsupported without navigator.storage.persist (insecure context, old browser)", async () => {
    stubStorage(undefined);
    expect(await requestPersistentStorage()).toBe("unsupported");
    expect(await estimateStorage()).toBeUndefined();
  });

  it("reports granted without asking again when already persisted", async () => {
    const persist = vi.fn(async () => false);
    stubStorage({ persisted: async () => true, persist });
    expect(await requestPersistentStorage()).toBe("granted");
    expect(persist).not.toHaveBeenCalled();
  });

  it("asks, and reports the browser's answer; an error reads as denied", async () => {
    stubStorage({ persisted: async () => false, persist: async () => true });
    expect(await requestPersistentStorage()).toBe("granted");
    stubStorage({ persisted: async () => false, persist: async () => false });
    expect(await requestPersistentStorage()).toBe("denied");
    stubStorage({ persist: () => Promise.reject(new Error("boom")) });
    expect(await requestPersistentStorage()).toBe("denied");
  });
});

describe("estimateStorage", () => {
  it("returns usage and quota when the browser gives both", async () => {
    stubStorage({ estimate: async () => ({ usage: 10, quota: 100 }) });
    expect(await estimateStorage()).toEqual({ usage: 10, quota: 100 });
    stubStorage({ estimate: async () => ({ usage: 10 }) });
    expect(await estimateStorage()).toBeUndefined();
  });
});
