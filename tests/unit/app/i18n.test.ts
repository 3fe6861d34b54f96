import { describe, expect, it } from "vitest";
import { fr } from "../../../src/i18n/fr";
import { en } from "../../../src/i18n/en";
import { DOMAIN_ERROR_CODES } from "../../../src/domain";

function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) =>
    keys(child, prefix ? `${prefix}.${key}` : key),
  );
}

describe("UI text", () => {
  it("English has exactly the French keys", () => {
    expect(keys(en).sort()).toEqual(keys(fr).sort());
  });

  it("every domain error code has a message in both languages", () => {
    for (const code of DOMAIN_ERROR_CODES) {
      expect(fr.errors[code], code).toBeTruthy();
      expect(en.errors[code], code).toBeTruthy();
    }
  });

  it("keeps the accessible names the tests and users depend on (DESIGN.md §9)", () => {
    expect(fr.profile.name).toBe("Votre nom");
    expect(fr.home.newAtelier).toBe("Nouvel atelier");
    expect(fr.home.importFile).toBe("Importer un fichier");
    expect(fr.newAtelier.title).toBe("Titre");
    expect(fr.newAtelier.create).toBe("Créer");
    expect([
      fr.atelier.addressBook,
      fr.atelier.diagnostic,
      fr.atelier.seeds,
      fr.atelier.share,
    ]).toEqual(["Carnet d'adresses", "État des lieux", "Graines de projet", "Partager"]);
    expect([fr.sync.offline, fr.sync.synced]).toEqual(["Hors ligne", "Synchronisé"]);
  });
});
