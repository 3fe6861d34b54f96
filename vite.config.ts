import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import wasm from "vite-plugin-wasm";
import { VitePWA } from "vite-plugin-pwa";

/**
 * The automerge wasm is ≈ 3.6 MB raw: Workbox's default 2 MiB precache limit would silently
 * skip it and break offline start (DESIGN.md §11), so the limit is raised explicitly.
 */
const MAX_PRECACHE_BYTES = 8 * 1024 * 1024;

export default defineConfig({
  plugins: [
    wasm(),
    react(),
    VitePWA({
      registerType: "prompt",
      injectRegister: false,
      includeAssets: ["favicon.svg", "icons/*.png"],
      manifest: {
        name: "Récolte",
        short_name: "Récolte",
        description:
          "Ateliers participatifs : carnet d'adresses, état des lieux et graines de projet, même hors ligne.",
        lang: "fr",
        start_url: "/",
        scope: "/",
        display: "standalone",
        orientation: "any",
        theme_color: "#2f6b3a",
        background_color: "#f7f4ec",
        icons: [
          { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png" },
          { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png" },
          {
            src: "/icons/maskable-512.png",
            sizes: "512x512",
            type: "image/png",
            purpose: "maskable",
          },
        ],
      },
      workbox: {
        globPatterns: ["**/*.{js,css,html,wasm,svg,png,webmanifest}"],
        maximumFileSizeToCacheInBytes: MAX_PRECACHE_BYTES,
        navigateFallback: "/index.html",
        navigateFallbackDenylist: [/^\/sync/, /^\/healthz/, /^\/metrics/],
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  build: {
    target: "es2022",
    sourcemap: true,
  },
  server: {
    port: 5173,
    proxy: {
      "/sync": { target: "ws://localhost:3030", ws: true },
    },
  },
});
