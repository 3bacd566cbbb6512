import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { handleTrpcRequest } from "@tsunagu/api";
import { loadRootData } from "@tsunagu/i18n/server";
import type { AppCore } from "../app-core";
import { optionalCookie, readCookieChoice } from "../cookies/consent";
/** The routes every app has whatever its pages: the root loader, /healthz and /api/trpc/*. */
export function appRoutes(app: AppCore) {
  const serveTrpc = ({ request }: { request: Request }) =>
    handleTrpcRequest(request, {
      audience: app.audience,
      appOrigin: app.env.APP_ORIGIN,
      db: app.db,
      invitationMail: app.invitationMail,
      serverTiming: app.env.SERVER_TIMING === "1",
    });

  return {
    root: {
      async loader({ request }: LoaderFunctionArgs) {
        const [rootData, signedIn] = await Promise.all([
          // Remembering a language is optional (F9); without consent it lasts the visit.
          loadRootData(request, app.app, (remembered, forThisVisit) =>
            optionalCookie(request, "languageRemembered", remembered, forThisVisit),
          ),
          app.getOptionalUser(request),
        ]);
        // Only a flag and the member's role reach the browser: the header needs nothing else.
        return {
          ...rootData,
          signedIn: signedIn !== null,
          memberRole: signedIn?.user.membership?.role ?? null,
          cookieChoice: readCookieChoice(request),
        };
      },
    },

    /** Liveness and readiness for load balancers and `pnpm dev`: the app answers and reaches PostgreSQL. */
    health: {
      async loader() {
        const database = await app.checkDatabase();
        const healthy = database === "ok";
        return Response.json(
          { status: healthy ? "ok" : "error", app: app.app, db: database },
          { status: healthy ? 200 : 503, headers: { "Cache-Control": "no-store" } },
        );
      },
    },

    /** `/api/trpc/*`: queries arrive as GET (loader), mutations as POST (action). */
    trpc: {
      loader: (args: LoaderFunctionArgs) => serveTrpc(args),
      action: (args: ActionFunctionArgs) => serveTrpc(args),
    },
  };
}
