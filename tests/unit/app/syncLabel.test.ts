import { beforeAll, describe, expect, it } from "vitest";
import i18next from "i18next";
import { initI18n } from "../../../src/i18n";
import { syncLabel } from "../../../src/features/sync/SyncIndicator";

beforeAll(async () => {
  await initI18n("fr");
});

describe("the sync indicator's words (DESIGN.md §5)", () => {
  const t = () => i18next.t;
  it("says « Hors ligne » with no relay connected and nothing pending", () => {
    expect(syncLabel({ connection: "offline", pending: 0, lastSyncAt: null }, t())).toBe(
      "Hors ligne",
    );
  });
  it("says « Synchronisé » only when connected with nothing pending", () => {
    expect(syncLabel({ connection: "connected", pending: 0, lastSyncAt: 1 }, t())).toBe(
      "Synchronisé",
    );
  });
  it("counts pending changes, online or not", () => {
    expect(syncLabel({ connection: "connected", pending: 1, lastSyncAt: 1 }, t())).toBe(
      "1 modification en attente",
    );
    expect(syncLabel({ connection: "offline", pending: 3, lastSyncAt: null }, t())).toBe(
      "Hors ligne · 3 modifications en attente",
    );
  });
});
