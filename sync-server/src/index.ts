/**
 * The relay's command line: `node --import tsx sync-server/src/index.ts [--flags]`.
 *
 * Prints the URLs devices can use, logs one JSON line `{"msg":"relay listening","port":…}` that
 * scripts and tests read, and on SIGTERM/SIGINT stops accepting, flushes storage and exits 0.
 * Unhandled rejections and exceptions are logged and counted, never fatal: a relay in a workshop
 * must not die because one peer found a bug.
 */
import { ConfigError, loadConfig } from "./config.js";
import { lanUrls } from "./lanUrls.js";
import { createLogger } from "./log.js";
import { createRelay } from "./relay.js";
import { terminalQr } from "./qr.js";

function describeError(error: unknown): Record<string, unknown> {
  return error instanceof Error
    ? { error: error.name, message: error.message, stack: error.stack }
    : { error: String(error) };
}

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`recolte relay: invalid configuration: ${error.message}\n`);
    process.exit(2);
  }
  const logger = createLogger(config.logLevel);
  process.on("unhandledRejection", (reason) =>
    logger.error(describeError(reason), "unhandled rejection (ignored)"),
  );
  process.on("uncaughtException", (error) =>
    logger.error(describeError(error), "uncaught exception (ignored)"),
  );
  // automerge-repo reports some errors with console.log(…, { message }) where the message holds
  // document bytes: route console output to the logger without payloads.
  const quiet = (...args: unknown[]): void =>
    logger.warn(
      {
        console: args
          .filter((a) => typeof a === "string")
          .join(" ")
          .slice(0, 500),
      },
      "library console output",
    );
  console.log = quiet;
  console.warn = quiet;
  console.error = quiet;

  const relay = await createRelay({ ...config, logger });
  await relay.ready();
  const secure = config.tls !== undefined;
  logger.info(
    {
      port: relay.port,
      host: config.host,
      urls: lanUrls(config.host, relay.port, secure),
      dataDir: config.dataDir,
      upstream: relay.upstream?.host ?? null,
    },
    "relay listening",
  );
  const urls = lanUrls(config.host, relay.port, secure);
  for (const url of urls) process.stderr.write(`  Récolte: ${url}\n`);
  // Tablets on the same hotspot scan this to open the app served by this laptop.
  const lan = urls.find((url) => !url.includes("://localhost")) ?? urls[0];
  if (lan) process.stderr.write(`${await terminalQr(lan)}\n  ${lan}\n`);

  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "stopping: no new connections, flushing storage");
    relay.close().then(
      () => process.exit(0),
      (error) => {
        logger.error(describeError(error), "error while stopping");
        process.exit(1);
      },
    );
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

main().catch((error) => {
  process.stderr.write(
    `recolte relay: failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
