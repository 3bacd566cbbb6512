import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import type { AnyTRPCRouter } from "@trpc/server";
import { isCrossSiteRequest, verifyRequestOrigin } from "@tsunagu/auth";
import type { Db, SessionAudience } from "@tsunagu/db";
import { createContext } from "./context";
import { AppError } from "./errors";
import { PhaseTimings } from "./phase-timings";
import { adminRouter } from "./routers/admin";
import { employerRouter } from "./routers/employer";
import { seekerRouter } from "./routers/seeker";
import type { InvitationMail } from "./services/invitations/notify-seeker";

export const TRPC_ENDPOINT = "/api/trpc";

/** Each app serves its own router only. */
export const ROUTERS: Readonly<Record<SessionAudience, AnyTRPCRouter>> = {
  SEEKER: seekerRouter,
  EMPLOYER: employerRouter,
  ADMIN: adminRouter,
};

export interface HandleTrpcRequestOptions {
  audience: SessionAudience;
  /** The app's own origin, e.g. "https://jobs.tsunagu.example". */
  appOrigin: string;
  /** Tests pass their own client; apps use the shared one. */
  db?: Db;
  /** The employer app's mail to seekers (invitations); absent in the other apps. */
  invitationMail?: InvitationMail | null;
  /**
   * Answers with a `Server-Timing` header of where the request spent its time (the benchmark's
   * N1 breakdown). Only for local and benchmark servers (SERVER_TIMING=1): on a public server
   * the durations would be a side channel onto other companies' searches.
   */
  serverTiming?: boolean;
}

const SAFE_METHODS = new Set(["GET", "HEAD"]);

/**
 * The most procedure calls one HTTP request may carry. The app's own pages batch a handful;
 * without a cap, one request spent 450 of a member's daily searches.
 */
export const MAX_BATCH_SIZE = 10;

function refuseCrossOrigin(): Response {
  const body = {
    error: {
      message: "This request did not come from the app and was refused.",
      code: -32003,
      data: {
        code: "FORBIDDEN",
        httpStatus: 403,
        path: null,
        appCode: null,
        retryAfterSeconds: null,
        fieldErrors: null,
      },
    },
  };
  return new Response(JSON.stringify(body), {
    status: 403,
    headers: { "Content-Type": "application/json", "Cache-Control": "no-store" },
  });
}

/**
 * The tRPC endpoint an app mounts at `/api/trpc/*` (a Remix resource route). Checked before the
 * session is even read: every request other than GET/HEAD must come from the app's own origin
 * (CSRF), and no request at all may come from another site. Queries are GETs and change
 * nothing, but some are metered (resume search counts against a quota), and SameSite=Lax sends
 * the cookie on a cross-site top-level navigation to a GET URL.
 */
export async function handleTrpcRequest(
  request: Request,
  options: HandleTrpcRequestOptions,
): Promise<Response> {
  const unsafe = !SAFE_METHODS.has(request.method.toUpperCase());
  if (
    (unsafe && !verifyRequestOrigin(request, options.appOrigin)) ||
    isCrossSiteRequest(request, options.appOrigin)
  ) {
    return refuseCrossOrigin();
  }
  const timings = options.serverTiming ? new PhaseTimings() : null;
  const response = await fetchRequestHandler({
    endpoint: TRPC_ENDPOINT,
    req: request,
    router: ROUTERS[options.audience],
    maxBatchSize: MAX_BATCH_SIZE,
    createContext: async ({ req, resHeaders }) => {
      const context = await createContext({
        request: req,
        audience: options.audience,
        appOrigin: options.appOrigin,
        resHeaders,
        db: options.db,
        invitationMail: options.invitationMail,
        timings,
      });
      // Reading the session cookie's session, user and membership.
      timings?.lap("session");
      return context;
    },
    responseMeta({ errors }) {
      const headers = new Headers({ "Cache-Control": "no-store" });
      const retryAfter = Math.max(
        0,
        ...errors.map((error) =>
          error.cause instanceof AppError ? (error.cause.retryAfterSeconds ?? 0) : 0,
        ),
      );
      if (retryAfter > 0) headers.set("Retry-After", String(retryAfter));
      return { headers };
    },
    onError({ error, path, type }) {
      if (error.code !== "INTERNAL_SERVER_ERROR") return;
      // Names and codes only: messages of driver errors can carry the values of a query.
      const cause = error.cause as { name?: string; code?: unknown } | undefined;
      console.error(
        `tRPC ${type} ${path ?? "?"} failed: ${cause?.name ?? error.name}${typeof cause?.code === "string" ? ` (${cause.code})` : ""}`,
      );
    },
  });
  if (timings) {
    // Since the procedure returned: output validation and serialisation.
    timings.lap("output");
    response.headers.set("Server-Timing", timings.header());
  }
  return response;
}
