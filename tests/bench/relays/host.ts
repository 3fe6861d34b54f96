/**
 * Child-process entry hosting one relay, so its CPU and memory are its own:
 * `node --import tsx --expose-gc tests/bench/relays/host.ts <kind> <port> <dataDir> [staticDir]`.
 * Answers IPC requests `{ id, type }` with `{ id, result }`: stats, gc, flush, close.
 */
import { selfStats } from "../lib/proc";
import { isRelayKind } from "./kinds";
import type { HostedRelay } from "./kinds";

const [kind, portArg, dataDir = "", staticDir] = process.argv.slice(2);
if (!isRelayKind(kind) || !portArg)
  throw new Error("usage: host.ts <raw|stock|ours> <port> <dataDir> [staticDir]");
const port = Number(portArg);

// Dynamic imports: each relay process loads only its own code, so RSS figures are its own.
const relay: HostedRelay =
  kind === "raw"
    ? await (await import("./raw")).startRawRelay(port)
    : kind === "stock"
      ? await (await import("./stock")).startStockRelay(port, dataDir)
      : await (await import("./ours")).startOursRelay(port, dataDir, staticDir);

function collect(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  // Two passes: the first may only queue finalizers (wasm-backed Automerge docs free on finalize).
  gc?.();
  gc?.();
}

process.on("message", (message: unknown) => {
  if (typeof message !== "object" || message === null) return;
  const { id, type } = message as { id?: unknown; type?: unknown };
  const reply = (result: unknown, then?: () => void): void =>
    void process.send?.({ id, result }, undefined, undefined, then);
  if (type === "stats") reply(selfStats());
  else if (type === "gc") {
    collect();
    reply(selfStats());
  } else if (type === "flush") void relay.flush().then(() => reply(true));
  else if (type === "close") void relay.close().then(() => reply(true, () => process.exit(0)));
});
process.on("SIGTERM", () => void relay.close().finally(() => process.exit(0)));
process.send?.({ id: 0, result: { ready: true, wsUrl: relay.wsUrl("") } });
