import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/App";
import { createLocalServices } from "./app/createServices";
import { initI18n, isLanguage } from "./i18n";
import "./ui/theme.css";

/**
 * Composition root. The home screen is drawn from device-local data alone; the Automerge runtime
 * (its wasm and the Repo) loads just after, as its own chunk.
 */
async function boot(): Promise<void> {
  const root = createRoot(document.getElementById("root") as HTMLElement);
  try {
    const phase = await createLocalServices(window.location);
    const [profile] = await Promise.all([
      phase.store.getCurrentProfile(),
      initI18n(isLanguage(phase.services.language) ? phase.services.language : "fr"),
    ]);
    // The runtime starts loading right after the first frame, so it does not compete with it
    // for the (slow, on a tablet) main thread; a deep link waits one frame more.
    let start: () => void = () => undefined;
    const started = new Promise<void>((resolve) => (start = resolve));
    const runtime = started
      .then(() => import("./app/createSyncServices"))
      .then((module) => module.createSyncServices(phase));
    root.render(
      <StrictMode>
        <App services={phase.services} runtime={runtime} initialProfile={profile} />
      </StrictMode>,
    );
    requestAnimationFrame(() => setTimeout(start, 0));
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
