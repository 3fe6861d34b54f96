/**
 * Scripts evaluated in the app page. Plain strings (not functions): the TypeScript loader may
 * rewrite functions with helpers the page does not have.
 */

/**
 * Records when the home screen becomes interactive: the first mutation that shows an enabled
 * « Nouvel atelier » button (`__homeDomAt`), then the next animation frame, i.e. the first frame
 * that paints it (`__homeFrameAt`). Both on the page's clock (ms since navigation start).
 */
export const INTERACTIVE_PROBE = `(() => {
  const matches = (el) => {
    const name = (el.getAttribute("aria-label") || el.textContent || "");
    return name.includes("Nouvel atelier") && !el.disabled && el.getClientRects().length > 0;
  };
  const check = () => {
    if (window.__homeDomAt !== undefined) return;
    for (const el of document.querySelectorAll("button, [role=button], a")) {
      if (!matches(el)) continue;
      window.__homeDomAt = performance.now();
      requestAnimationFrame(() => { window.__homeFrameAt = performance.now(); });
      observer.disconnect();
      return;
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
})();`;

/**
 * Times the app's own wasm instantiation: wraps WebAssembly.instantiate/instantiateStreaming and
 * records each call's start and settle times (page clock) in `__wasmCalls`.
 */
export const WASM_PROBE = `(() => {
  const calls = (window.__wasmCalls = []);
  for (const name of ["instantiate", "instantiateStreaming", "compile", "compileStreaming"]) {
    const original = WebAssembly[name];
    if (typeof original !== "function") continue;
    WebAssembly[name] = function (...args) {
      const call = { name, startMs: performance.now(), endMs: null };
      calls.push(call);
      const result = original.apply(WebAssembly, args);
      Promise.resolve(result).then(() => { call.endMs = performance.now(); }, () => { call.endMs = -1; });
      return result;
    };
  }
})();`;

/**
 * Compiles and instantiates the automerge wasm from bytes (fetched through the service worker),
 * with stub imports: wasm-bindgen modules have no start function, so instantiation runs no import.
 */
export const WASM_TIMING = `(async () => {
  const entry = performance.getEntriesByType("resource").find((e) => e.name.endsWith(".wasm"));
  if (!entry) return null;
  const appCalls = (window.__wasmCalls || []).map((call) => ({ ...call }));
  const bytes = await (await fetch(entry.name)).arrayBuffer();
  const t0 = performance.now();
  const module = await WebAssembly.compile(bytes);
  const t1 = performance.now();
  const imports = {};
  for (const imp of WebAssembly.Module.imports(module)) {
    imports[imp.module] = imports[imp.module] || {};
    imports[imp.module][imp.name] = imp.kind === "function" ? () => { throw new Error("stub"); }
      : imp.kind === "memory" ? new WebAssembly.Memory({ initial: 17 })
      : imp.kind === "table" ? new WebAssembly.Table({ initial: 1, element: "anyfunc" })
      : imp.kind === "tag" ? WebAssembly.JSTag
      : new WebAssembly.Global({ value: "i32", mutable: true }, 0);
  }
  let instantiateMs = null;
  let instantiateError = null;
  try {
    await WebAssembly.instantiate(module, imports);
    instantiateMs = performance.now() - t1;
  } catch (error) {
    instantiateError = String(error);
  }
  return {
    url: entry.name,
    pageLoad: { startMs: entry.startTime, fetchMs: entry.responseEnd - entry.startTime, durationMs: entry.duration },
    compileMs: t1 - t0,
    instantiateMs,
    instantiateError,
    appCalls,
  };
})()`;

/** Navigation facts: served by the service worker? what did it cost? */
export const NAVIGATION_FACTS = `(() => {
  const nav = performance.getEntriesByType("navigation")[0];
  return {
    controlled: !!(navigator.serviceWorker && navigator.serviceWorker.controller),
    workerStart: nav ? nav.workerStart : null,
    responseEnd: nav ? nav.responseEnd : null,
    domContentLoaded: nav ? nav.domContentLoadedEventEnd : null,
    homeDomAt: window.__homeDomAt ?? null,
    homeFrameAt: window.__homeFrameAt ?? null,
  };
})()`;
