/** The URLs at which devices on the same network (a hotspot) can reach the relay. */
import os from "node:os";

export function lanUrls(host: string, port: number, secure: boolean): string[] {
  const scheme = secure ? "https" : "http";
  if (host !== "0.0.0.0" && host !== "::")
    return [`${scheme}://${host.includes(":") ? `[${host}]` : host}:${port}/`];
  const urls = [`${scheme}://localhost:${port}/`];
  for (const addresses of Object.values(os.networkInterfaces())) {
    for (const a of addresses ?? []) {
      if (a.family === "IPv4" && !a.internal) urls.push(`${scheme}://${a.address}:${port}/`);
    }
  }
  return urls;
}
