import { describe, expect, it } from "vitest";
import { shareLink } from "../../../src/sync/shareLink";

describe("the shared link", () => {
  it("is the document's own route", () => {
    expect(shareLink("https://recolte.example", "/atelier/abc", "wss://recolte.example/sync")).toBe(
      "https://recolte.example/atelier/abc",
    );
  });
  it("carries the relay's access key, so the link alone is enough to sync", () => {
    expect(
      shareLink(
        "https://recolte.example",
        "/atelier/abc",
        "wss://recolte.example/sync?key=s%C3%A9same",
      ),
    ).toBe("https://recolte.example/atelier/abc?key=s%C3%A9same");
  });
});
