import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/App";
import { createServices } from "./app/createServices";
import { initI18n, isLanguage } from "./i18n";
import "./ui/theme.css";

/** Composition root: build the services, then render. */
async function boot(): Promise<void> {
  const root = createRoot(document.getElementById("root") as HTMLElement);
  try {
    const services = await createServices(window.location);
    const settings = await services.local.getSettings();
    await initI18n(isLanguage(settings.language) ? settings.language : "fr");
    root.render(
      <StrictMode>
        <App services={services} />
      </StrictMode>,
    );
  } catch (error) {
    await initI18n("fr");
    root.render(
      <main role="alert">
        <h1>Récolte</h1>
        <p>Le démarrage a échoué : {error instanceof Error ? error.message : String(error)}</p>
      </main>,
    );
  }
}

void boot();
