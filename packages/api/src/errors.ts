/**
 * The one error type domain code throws. Each code maps to a tRPC/HTTP status at the edge
 * (see trpc.ts); Prisma and driver errors never reach a client.
 */
export type AppErrorCode =
  | "BAD_REQUEST"
  | "UNAUTHORIZED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "PLAN_REQUIRED"
  | "RATE_LIMITED"
  | "SEARCH_UNAVAILABLE";

export class AppError extends Error {
  readonly code: AppErrorCode;
  /** For RATE_LIMITED: when the caller may try again. */
  readonly retryAfterSeconds?: number;

  constructor(
    code: AppErrorCode,
    message: string,
    options: { retryAfterSeconds?: number; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    this.retryAfterSeconds = options.retryAfterSeconds;
  }
}
