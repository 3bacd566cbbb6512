import { AppError, createContext, type Context } from "@tsunagu/api";
import type { AppCore } from "./app-core";

/**
 * An app's tRPC procedures called from its own loaders and actions, with the request's
 * session: authorization stays in one place (the procedures), and a cookie a procedure sets
 * (a new account's session) lands in `resHeaders`. Callers check the request's origin first
 * (assertSameOrigin), as every action does.
 */
export function apiCaller<Caller>(
  app: AppCore,
  router: { createCaller(context: Context): Caller },
) {
  return async (request: Request) => {
    const resHeaders = new Headers();
    const context = await createContext({
      request,
      audience: app.audience,
      appOrigin: app.env.APP_ORIGIN,
      resHeaders,
      db: app.db,
      invitationMail: app.invitationMail,
    });
    return { api: router.createCaller(context), resHeaders };
  };
}

/** The domain error behind a failed call (its code picks the translated message), if any. */
export function appErrorOf(error: unknown): AppError | null {
  const cause = (error as { cause?: unknown } | null)?.cause;
  if (error instanceof AppError) return error;
  return cause instanceof AppError ? cause : null;
}

/** The tRPC code of a failed call ("FORBIDDEN", "UNAUTHORIZED", …), for errors without an AppError. */
export function trpcCodeOf(error: unknown): string | null {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : null;
}
