import type { ErrorRegistry } from "@prisma/driver-adapter-utils";

import type { ScriptError } from "./adapter";

/** An error with a message fit to show a user as-is. */
export class MigrateError extends Error {
  /** Prisma error code (e.g. P3009) when the engine gave one. */
  readonly code: string | undefined;

  constructor(message: string, options: { code?: string; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = "MigrateError";
    this.code = options.code;
  }
}

function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === "object" && error !== null && "message" in error)
    return String(error.message);
  return String(error);
}

/**
 * Removes the Rust span trace the engine appends ("   0: sql_schema_connector::…\n  at …").
 */
function stripSpanTrace(message: string): string {
  const lines = message.split("\n");
  const traceStart = lines.findIndex((line) => /^\s*\d+: [a-z_]+(::[A-Za-z_<>]+)+/.test(line));
  return (traceStart >= 0 ? lines.slice(0, traceStart) : lines).join("\n").trimEnd();
}

/**
 * Turns an engine rejection into a MigrateError with the real message: errors thrown on the
 * JS side (pg, our adapter) reach the engine as "External error id#N"; the adapter factory's
 * error registry holds the original.
 */
export function toMigrateError(
  error: unknown,
  registry?: ErrorRegistry,
  scriptError?: ScriptError,
): MigrateError {
  if (error instanceof MigrateError) return error;
  let cause = error;
  let message = messageOf(error).replace(/External error id#(\d+)/g, (match, id: string) => {
    const record = registry?.consumeError(Number(id));
    if (record === undefined) return match;
    cause = record.error;
    return messageOf(record.error);
  });
  const migrationName = /migration_name="([^"]+)"/.exec(message)?.[1];
  message = stripSpanTrace(message) || "Unknown schema engine error";
  if (scriptError !== undefined && /apply_script|apply_migration/.test(messageOf(error))) {
    message = [
      `Migration \`${migrationName ?? "?"}\` failed to apply: ${scriptError.message}`,
      scriptError.where && `  at ${scriptError.where}`,
      scriptError.detail && `  detail: ${scriptError.detail}`,
      scriptError.hint && `  hint: ${scriptError.hint}`,
      `  (PostgreSQL error ${scriptError.code}; none of its statements were committed)`,
    ]
      .filter(Boolean)
      .join("\n");
  }
  const code =
    typeof error === "object" && error !== null && "code" in error && typeof error.code === "string"
      ? error.code
      : undefined;
  return new MigrateError(message, { code, cause });
}
