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
  | "VERIFICATION_REQUIRED"
  | "RATE_LIMITED"
  | "SEARCH_UNAVAILABLE";

/**
 * Which input field a BAD_REQUEST is about, with a message key a form translates
 * (`common:form.errors.<key>`), for rules a schema cannot check alone (the minimum age).
 */
export interface FieldProblem {
  field: string;
  key: string;
  params?: Record<string, string | number>;
}

export class AppError extends Error {
  readonly code: AppErrorCode;
  /** For RATE_LIMITED: when the caller may try again. */
  readonly retryAfterSeconds?: number;
  readonly fieldProblem?: FieldProblem;

  constructor(
    code: AppErrorCode,
    message: string,
    options: { retryAfterSeconds?: number; cause?: unknown; fieldProblem?: FieldProblem } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    this.retryAfterSeconds = options.retryAfterSeconds;
    this.fieldProblem = options.fieldProblem;
  }
}
