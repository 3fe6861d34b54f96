/** Sums the binary payloads held in every IndexedDB database of the origin. */

function binaryBytes(value: unknown, seen = new Set<unknown>()): number {
  if (value instanceof Uint8Array || ArrayBuffer.isView(value)) return value.byteLength;
  if (value instanceof ArrayBuffer) return value.byteLength;
  if (typeof value !== "object" || value === null || seen.has(value)) return 0;
  seen.add(value);
  let sum = 0;
  for (const inner of Object.values(value)) sum += binaryBytes(inner, seen);
  return sum;
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((done, fail) => {
    req.onsuccess = () => done(req.result);
    req.onerror = () => fail(req.error);
  });
}

/** Bytes of Uint8Array/ArrayBuffer values and record count, per database. */
export async function storedBytes(): Promise<{
  bytes: number;
  records: number;
  databases: string[];
}> {
  let bytes = 0;
  let records = 0;
  const names: string[] = [];
  for (const info of await indexedDB.databases()) {
    if (!info.name) continue;
    names.push(info.name);
    const db = await request(indexedDB.open(info.name));
    const stores = [...db.objectStoreNames];
    if (stores.length > 0) {
      const tx = db.transaction(stores, "readonly");
      for (const store of stores) {
        const values = await request(tx.objectStore(store).getAll());
        records += values.length;
        for (const value of values) bytes += binaryBytes(value);
      }
    }
    db.close();
  }
  return { bytes, records, databases: names };
}
