/**
 * Counts IndexedDB transactions by wrapping `IDBDatabase.prototype.transaction`. Injected as an
 * init script, so it runs before any page code can open a database and nothing escapes the count.
 * A plain string, not a function: the TypeScript loader may rewrite functions with helpers the
 * page does not have.
 */
export const IDB_COUNTER_SCRIPT = `(() => {
  const counts = { readonly: 0, readwrite: 0, versionchange: 0, byStore: {} };
  window.__idb = counts;
  const original = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (stores, mode, options) {
    const key = mode || "readonly";
    counts[key] = (counts[key] || 0) + 1;
    const name = this.name + ":" + [stores].flat().join("+");
    counts.byStore[name] = (counts.byStore[name] || 0) + 1;
    return original.call(this, stores, mode, options);
  };
})();`;
