import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { unsubscribeTokenInput } from "@tsunagu/schemas/email";
import type { AppCore } from "../app-core";
import { trpcCodeOf } from "../api-caller";

type Category =
  | "INVITATIONS"
  | "JOB_ALERTS"
  | "SAVED_SEARCH_ALERTS"
  | "NEWSLETTER"
  | "MARKETING"
  | "RESUME_REMINDERS";

/** What the unsubscribe page shows: a broken link, the question, or the answer. */
export type UnsubscribeState =
  { status: "invalid" } | { status: "confirm" | "done" | "already"; category: Category };

/** The app's `unsubscribe` procedures (shared router), as its server-side caller exposes them. */
export interface UnsubscribeApi {
  info(input: { token: string }): Promise<{ category: Category; unsubscribed: boolean }>;
  confirm(input: { token: string }): Promise<{ category: Category }>;
}

const tokenOf = (request: Request) => new URL(request.url).searchParams.get("token") ?? "";
const INVALID: UnsubscribeState = { status: "invalid" };

/**
 * F8, RFC 8058: `/unsubscribe` of the seeker and the employer app. GET is the confirm page (no
 * sign-in, nothing changes; a broken or unknown link is a page that says so, as /verify is);
 * POST is the one-click unsubscribe from a mail client and the page's button, idempotent, the
 * token its only credential.
 */
export function unsubscribeRoutes(
  app: Pick<AppCore, "translator">,
  unsubscribeApi: (request: Request) => Promise<UnsubscribeApi>,
) {
  const headers = { "Referrer-Policy": "no-referrer", "Cache-Control": "no-store" };
  return {
    async loader({ request }: LoaderFunctionArgs) {
      const title = (await app.translator(request, "email"))("unsubscribe.title");
      const parsed = unsubscribeTokenInput.safeParse({ token: tokenOf(request) });
      if (!parsed.success) return data({ state: INVALID, title }, { headers });
      try {
        const info = await (await unsubscribeApi(request)).info(parsed.data);
        const state: UnsubscribeState = {
          status: info.unsubscribed ? "already" : "confirm",
          category: info.category,
        };
        return data({ state, title }, { headers });
      } catch (error) {
        if (trpcCodeOf(error) !== "NOT_FOUND") throw error;
        return data({ state: INVALID, title }, { headers });
      }
    },
    async action({ request }: ActionFunctionArgs) {
      const parsed = unsubscribeTokenInput.safeParse({ token: tokenOf(request) });
      if (!parsed.success) return data({ state: INVALID }, { status: 404 });
      try {
        const done = await (await unsubscribeApi(request)).confirm(parsed.data);
        return data({ state: { status: "done", category: done.category } as UnsubscribeState });
      } catch (error) {
        if (trpcCodeOf(error) !== "NOT_FOUND") throw error;
        return data({ state: INVALID }, { status: 404 });
      }
    },
  };
}
