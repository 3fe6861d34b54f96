import { expect } from "@playwright/test";
import type { Download, Locator, Page } from "@playwright/test";

/** « Partager », « Rejoindre », the waiting state and « Mes liens », by accessible names. */
export class JoinPage {
  constructor(readonly page: Page) {}

  /** Opens « Partager » from an atelier and returns the link it shows (after the QR is drawn). */
  async openShare(): Promise<string> {
    await this.page.getByRole("link", { name: "Partager" }).click();
    await expect(this.shareQr()).toBeVisible();
    const link = this.page.getByRole("region", { name: "Lien de l'atelier" }).getByRole("link");
    const href = await link.getAttribute("href");
    if (!href) throw new Error("no share link shown");
    return href;
  }

  shareQr(): Locator {
    return this.page.getByRole("img", { name: "QR code du lien" });
  }

  /** « Rejoindre » from the home screen. */
  async openJoin(): Promise<void> {
    await this.page.getByRole("link", { name: "Rejoindre" }).click();
    await expect(
      this.page.getByRole("heading", { level: 1, name: "Rejoindre un atelier ou une graine" }),
    ).toBeVisible();
  }

  /** « Rejoindre » from the home screen, then the link pasted into « Lien d'invitation ». */
  async join(link: string): Promise<void> {
    await this.openJoin();
    await this.page.getByLabel("Lien d'invitation").fill(link);
    await this.page.getByRole("button", { name: "Ouvrir" }).click();
  }

  joinError(): Locator {
    return this.page.getByRole("alert");
  }

  waiting(): Locator {
    return this.page.getByRole("heading", { level: 1, name: "En attente de synchronisation" });
  }

  /** « Importer un fichier » (on the home screen or the waiting page), through the file picker. */
  async importBundle(path: string): Promise<void> {
    const chooser = this.page.waitForEvent("filechooser");
    await this.page.getByRole("button", { name: "Importer un fichier" }).click();
    await (await chooser).setFiles(path);
  }

  async openMyLinks(): Promise<void> {
    await this.page.goto("/");
    await this.page.getByRole("link", { name: "Mes liens" }).click();
    await expect(this.page.getByRole("heading", { level: 1, name: "Mes liens" })).toBeVisible();
  }

  myLinks(): Locator {
    return this.page.getByRole("list", { name: "Mes liens" });
  }

  /** The links listed, in order. */
  async listedLinks(): Promise<string[]> {
    return this.myLinks().locator("code").allTextContents();
  }

  async exportMyLinks(): Promise<Download> {
    const download = this.page.waitForEvent("download");
    await this.page.getByRole("button", { name: "Exporter mes liens" }).click();
    return download;
  }

  async importMyLinks(path: string): Promise<void> {
    const chooser = this.page.waitForEvent("filechooser");
    await this.page.getByRole("button", { name: "Importer des liens" }).click();
    await (await chooser).setFiles(path);
  }
}
