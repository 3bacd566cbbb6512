import { initTRPC, TRPCError } from "@trpc/server";
import type { TRPC_ERROR_CODE_KEY } from "@trpc/server/rpc";
import type { SessionAudience, UserKind } from "@tsunagu/db";
import { AppError, type AppErrorCode } from "./errors";
import type { Context } from "./context";

const TRPC_CODE: Readonly<Record<AppErrorCode, TRPC_ERROR_CODE_KEY>> = {
  BAD_REQUEST: "BAD_REQUEST",
  UNAUTHORIZED: "UNAUTHORIZED",
  FORBIDDEN: "FORBIDDEN",
  NOT_FOUND: "NOT_FOUND",
  CONFLICT: "CONFLICT",
  PLAN_REQUIRED: "PAYMENT_REQUIRED",
  VERIFICATION_REQUIRED: "FORBIDDEN",
  RATE_LIMITED: "TOO_MANY_REQUESTS",
  SEARCH_UNAVAILABLE: "SERVICE_UNAVAILABLE",
};

export const GENERIC_ERROR_MESSAGE = "Something went wrong on our side. Please try again.";

/** Field errors of a failed input validation, keyed by dotted path ("" for the whole input). */
function fieldErrorsOf(cause: unknown): Record<string, string[]> | null {
  const issues = (cause as { issues?: unknown } | undefined)?.issues;
  if (!Array.isArray(issues)) return null;
  const fields: Record<string, string[]> = {};
  for (const issue of issues as { path?: PropertyKey[]; message?: string }[]) {
    const key = (issue.path ?? []).map(String).join(".");
    (fields[key] ??= []).push(issue.message ?? "Invalid value");
  }
  return fields;
}

const t = initTRPC.context<Context>().create({
  // Never send stack traces, whatever NODE_ENV says.
  isDev: false,
  errorFormatter({ shape, error }) {
    const appError = error.cause instanceof AppError ? error.cause : null;
    const fieldErrors =
      error.code === "BAD_REQUEST" && !appError
        ? fieldErrorsOf(error.cause)
        : appError?.fieldProblem
          ? { [appError.fieldProblem.field]: [appError.message] }
          : null;
    // Anything not raised on purpose (Prisma, drivers, bugs, output validation) reads the same.
    const message =
      error.code === "INTERNAL_SERVER_ERROR"
        ? GENERIC_ERROR_MESSAGE
        : fieldErrors
          ? "Some fields are not valid."
          : error.message;
    return {
      message,
      code: shape.code,
      data: {
        code: shape.data.code,
        httpStatus: shape.data.httpStatus,
        path: shape.data.path,
        appCode: appError?.code ?? null,
        retryAfterSeconds: appError?.retryAfterSeconds ?? null,
        fieldErrors,
      },
    };
  },
});

export const router = t.router;
export const mergeRouters = t.mergeRouters;
export const createCallerFactory = t.createCallerFactory;

/** Domain errors become the matching tRPC error; the AppError stays as cause for the formatter. */
const mapAppErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof AppError) {
    const cause = result.error.cause;
    throw new TRPCError({ code: TRPC_CODE[cause.code], message: cause.message, cause });
  }
  return result;
});

export const publicProcedure = t.procedure.use(mapAppErrors);

function requireSession(ctx: Context) {
  // The context only ever reads this app's cookie and validateSessionToken refuses another
  // app's session; checking the audience again keeps a procedure mounted in the wrong router
  // from accepting it anyway.
  if (!ctx.session || !ctx.user || ctx.session.audience !== ctx.audience) {
    throw new TRPCError({ code: "UNAUTHORIZED", message: "Please sign in." });
  }
  return { session: ctx.session, user: ctx.user };
}

function signedIn(ctx: Context, audience: SessionAudience, kind: UserKind) {
  const auth = requireSession(ctx);
  if (ctx.audience !== audience || auth.user.kind !== kind) {
    throw new TRPCError({ code: "UNAUTHORIZED", message: "Please sign in." });
  }
  return auth;
}

/** Any signed-in account of the app the request was sent to (sessions list, sign-out). */
export const authenticatedProcedure = publicProcedure.use(({ ctx, next }) =>
  next({ ctx: requireSession(ctx) }),
);

export const seekerProcedure = publicProcedure.use(({ ctx, next }) =>
  next({ ctx: signedIn(ctx, "SEEKER", "SEEKER") }),
);

/**
 * A member of an active company. The company's status is read on every call (with the session,
 * in the same statement), so a suspension stops its members at once (F17).
 */
export const employerProcedure = publicProcedure.use(async ({ ctx, next }) => {
  const auth = signedIn(ctx, "EMPLOYER", "EMPLOYER");
  if (!ctx.member) {
    throw new TRPCError({
      code: "FORBIDDEN",
      message: "This account is not a member of a company.",
    });
  }
  if (ctx.member.companyStatus !== "ACTIVE") {
    throw new TRPCError({
      code: "FORBIDDEN",
      message: "This company is suspended. Please contact support.",
    });
  }
  return next({ ctx: { ...auth, member: ctx.member } });
});

export const companyOwnerProcedure = employerProcedure.use(({ ctx, next }) => {
  if (ctx.member.role !== "OWNER") {
    throw new TRPCError({ code: "FORBIDDEN", message: "Only a company owner can do this." });
  }
  return next();
});

export const adminProcedure = publicProcedure.use(({ ctx, next }) =>
  next({ ctx: signedIn(ctx, "ADMIN", "ADMIN") }),
);
