/**
 * Relay configuration: environment variables and matching `--flags`, validated at start.
 *
 * Every option has a documented default sized for a workshop relay (a laptop on a hotspot or a
 * small server). A bad value stops the process with a message naming the variable, the flag and
 * what was expected, instead of starting a relay that misbehaves later.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";

const MIB = 1024 * 1024;

/** Log levels pino understands (plus "silent"). */
export const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Limits that bound what one peer (or all of them) can make the relay hold or do. */
export interface RelayLimits {
  /** Concurrent WebSocket connections; further upgrades get 503. */
  maxConnections: number;
  /** Largest WebSocket message after inflation (ws `maxPayload`): ≥ the largest legitimate document. */
  maxFrameBytes: number;
  /** Sustained messages per second per connection (token bucket refill rate). */
  maxMessagesPerSecond: number;
  /** Burst of messages per connection before throttling starts (token bucket size). */
  maxMessageBurst: number;
  /** Largest stored size of one document (all its chunks). */
  maxDocBytes: number;
  /** Total bytes stored under DATA_DIR. */
  maxTotalBytes: number;
  /** Bytes of storage chunks kept in memory (LRU). */
  cacheBytes: number;
}

/** The relay's validated configuration. */
export interface RelayConfig {
  port: number;
  host: string;
  dataDir: string;
  staticDir: string;
  limits: RelayLimits;
  /** When set, `/sync` and `/metrics` require `?key=<accessKey>`. */
  accessKey: string | undefined;
  /** Extra origins the app may open WebSockets/fetches to (CSP connect-src). */
  connectSrc: string[];
  /** Paths to a PEM certificate and key: serve HTTPS/WSS directly. */
  tls: { certFile: string; keyFile: string } | undefined;
  logLevel: LogLevel;
  /** Field relay: a central relay's `ws(s)://…/sync` URL (optionally `?key=…`) to sync with. */
  upstreamUrl: string | undefined;
}

/** Repository root (two levels above this file's folder). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

/** Defaults documented in the README (self-hosting section). */
export const DEFAULT_LIMITS: RelayLimits = {
  maxConnections: 1000,
  maxFrameBytes: 64 * MIB,
  maxMessagesPerSecond: 5000,
  maxMessageBurst: 50_000,
  maxDocBytes: 64 * MIB,
  maxTotalBytes: 20 * 1024 * MIB,
  cacheBytes: 64 * MIB,
};

/** Thrown on an invalid setting; `message` is meant for the operator. */
export class ConfigError extends Error {
  override name = "ConfigError";
}

interface Spec {
  env: string;
  flag: string;
}

const SPECS = {
  port: { env: "PORT", flag: "--port" },
  host: { env: "HOST", flag: "--host" },
  dataDir: { env: "DATA_DIR", flag: "--data-dir" },
  staticDir: { env: "STATIC_DIR", flag: "--static-dir" },
  maxConnections: { env: "MAX_CONNECTIONS", flag: "--max-connections" },
  maxFrameBytes: { env: "MAX_FRAME_BYTES", flag: "--max-frame-bytes" },
  maxMessagesPerSecond: { env: "MAX_MESSAGES_PER_SECOND", flag: "--max-messages-per-second" },
  maxMessageBurst: { env: "MAX_MESSAGE_BURST", flag: "--max-message-burst" },
  maxDocBytes: { env: "MAX_DOC_BYTES", flag: "--max-doc-bytes" },
  maxTotalBytes: { env: "MAX_TOTAL_BYTES", flag: "--max-total-bytes" },
  cacheBytes: { env: "CACHE_BYTES", flag: "--cache-bytes" },
  tlsCert: { env: "TLS_CERT", flag: "--tls-cert" },
  tlsKey: { env: "TLS_KEY", flag: "--tls-key" },
  accessKey: { env: "ACCESS_KEY", flag: "--access-key" },
  connectSrc: { env: "CONNECT_SRC", flag: "--connect-src" },
  logLevel: { env: "LOG_LEVEL", flag: "--log-level" },
  upstreamUrl: { env: "UPSTREAM_URL", flag: "--upstream-url" },
} as const satisfies Record<string, Spec>;

type Key = keyof typeof SPECS;

/** Parses `--flag value` and `--flag=value` pairs; unknown flags are an error. */
function parseFlags(argv: readonly string[]): Map<Key, string> {
  const byFlag = new Map<string, Key>(
    (Object.entries(SPECS) as [Key, Spec][]).map(([key, spec]) => [spec.flag, key]),
  );
  const values = new Map<Key, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    const eq = arg.indexOf("=");
    const flag = eq === -1 ? arg : arg.slice(0, eq);
    const key = byFlag.get(flag);
    if (key === undefined) {
      const known = [...byFlag.keys()].join(", ");
      throw new ConfigError(`unknown argument "${arg}" (known flags: ${known})`);
    }
    const value = eq === -1 ? argv[++i] : arg.slice(eq + 1);
    if (value === undefined) throw new ConfigError(`${flag} needs a value`);
    values.set(key, value);
  }
  return values;
}

function describe(key: Key): string {
  return `${SPECS[key].env} / ${SPECS[key].flag}`;
}

/** Accepts plain integers and k/m/g binary suffixes ("64m" = 64 MiB). */
function parseSize(key: Key, raw: string, min: number): number {
  const match = /^(\d+)\s*([kmg]i?b?)?$/i.exec(raw.trim());
  const unit = match?.[2]?.[0]?.toLowerCase();
  const factor = unit === "k" ? 1024 : unit === "m" ? MIB : unit === "g" ? 1024 * MIB : 1;
  const value = match ? Number(match[1]) * factor : Number.NaN;
  if (!Number.isSafeInteger(value) || value < min) {
    throw new ConfigError(
      `${describe(key)}: expected an integer ≥ ${min} (suffixes k, m, g allowed), got "${raw}"`,
    );
  }
  return value;
}

function parsePort(raw: string): number {
  const value = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || value > 65535) {
    throw new ConfigError(
      `${describe("port")}: expected 0–65535 (0 picks a free port), got "${raw}"`,
    );
  }
  return value;
}

/** Normalises CONNECT_SRC: http(s) origins also allow the matching ws(s) origin. */
function parseConnectSrc(raw: string): string[] {
  const out = new Set<string>();
  for (const item of raw.split(/[\s,]+/).filter(Boolean)) {
    let url: URL;
    try {
      url = new URL(item);
    } catch {
      throw new ConfigError(
        `${describe("connectSrc")}: "${item}" is not a URL (e.g. wss://relay.example.org)`,
      );
    }
    if (!["http:", "https:", "ws:", "wss:"].includes(url.protocol)) {
      throw new ConfigError(`${describe("connectSrc")}: "${item}" must be http(s) or ws(s)`);
    }
    const secure = url.protocol === "https:" || url.protocol === "wss:";
    out.add(`${secure ? "https" : "http"}://${url.host}`);
    out.add(`${secure ? "wss" : "ws"}://${url.host}`);
  }
  return [...out];
}

/** UPSTREAM_URL must be a ws(s) URL; an http(s) one is accepted and converted. */
function parseUpstreamUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(
      `${describe("upstreamUrl")}: not a URL (e.g. wss://central.example/sync?key=…)`,
    );
  }
  if (url.protocol === "https:") url.protocol = "wss:";
  else if (url.protocol === "http:") url.protocol = "ws:";
  if (url.protocol !== "ws:" && url.protocol !== "wss:")
    throw new ConfigError(
      `${describe("upstreamUrl")}: must be ws:// or wss:// (got ${url.protocol})`,
    );
  if (url.pathname === "/" || url.pathname === "") url.pathname = "/sync";
  return url.toString();
}

/**
 * Builds the configuration from flags (which win) and environment variables.
 *
 * @throws ConfigError with an operator-facing message on any invalid value.
 */
export function loadConfig(
  env: NodeJS.ProcessEnv = process.env,
  argv: readonly string[] = process.argv.slice(2),
): RelayConfig {
  const flags = parseFlags(argv);
  const get = (key: Key): string | undefined => {
    const value = flags.get(key) ?? env[SPECS[key].env];
    return value === undefined || value.trim() === "" ? undefined : value.trim();
  };
  const size = (key: Key & keyof RelayLimits, min: number): number => {
    const raw = get(key);
    return raw === undefined ? DEFAULT_LIMITS[key] : parseSize(key, raw, min);
  };

  const logLevel = (get("logLevel") ?? "info") as LogLevel;
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ConfigError(
      `${describe("logLevel")}: expected one of ${LOG_LEVELS.join(", ")}, got "${logLevel}"`,
    );
  }
  const certFile = get("tlsCert");
  const keyFile = get("tlsKey");
  if ((certFile === undefined) !== (keyFile === undefined)) {
    throw new ConfigError("TLS_CERT and TLS_KEY must be set together (or neither)");
  }
  const accessKey = get("accessKey");
  if (accessKey !== undefined && !/^[\x21-\x7e]{8,256}$/.test(accessKey)) {
    throw new ConfigError(
      `${describe("accessKey")}: expected 8–256 printable characters without spaces`,
    );
  }
  const port = get("port");
  const limits: RelayLimits = {
    maxConnections: size("maxConnections", 1),
    maxFrameBytes: size("maxFrameBytes", 64 * 1024),
    maxMessagesPerSecond: size("maxMessagesPerSecond", 1),
    maxMessageBurst: size("maxMessageBurst", 1),
    maxDocBytes: size("maxDocBytes", 1024),
    maxTotalBytes: size("maxTotalBytes", 1024),
    cacheBytes: size("cacheBytes", 0),
  };
  return {
    port: port === undefined ? 3030 : parsePort(port),
    host: get("host") ?? "0.0.0.0",
    dataDir: path.resolve(get("dataDir") ?? "./data"),
    staticDir: path.resolve(get("staticDir") ?? path.join(REPO_ROOT, "dist")),
    limits,
    accessKey,
    connectSrc: parseConnectSrc(get("connectSrc") ?? ""),
    tls: certFile !== undefined && keyFile !== undefined ? { certFile, keyFile } : undefined,
    logLevel,
    upstreamUrl: ((raw) => (raw === undefined ? undefined : parseUpstreamUrl(raw)))(
      get("upstreamUrl"),
    ),
  };
}
