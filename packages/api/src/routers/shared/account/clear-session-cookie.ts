import { blankSessionCookie, cookieOptionsFor } from "@tsunagu/auth";
import type { Context } from "../../../context";

/** Ends the browser's copy too when a procedure ended the session it was called with. */
export function clearSessionCookie(
  ctx: Pick<Context, "audience" | "appOrigin" | "resHeaders">,
): void {
  ctx.resHeaders.append(
    "Set-Cookie",
    blankSessionCookie(ctx.audience, cookieOptionsFor(ctx.appOrigin)),
  );
}
