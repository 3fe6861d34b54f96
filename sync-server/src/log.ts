/**
 * Structured JSON logs (pino). Log calls pass ids, sizes, counts and reasons — never document
 * content or sync payloads.
 */
import { pino, type Logger } from "pino";
import type { LogLevel } from "./config.js";

export function createLogger(level: LogLevel): Logger {
  return pino({ level, base: { service: "recolte-relay" } });
}
