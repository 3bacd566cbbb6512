import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { cookieOptionsFor } from "@tsunagu/auth";
import type { AppCore } from "../app-core";
import {
  cookieChoiceCookie,
  isCookieChoice,
  optionalCookiesToClear,
  readCookieChoice,
} from "../cookies/consent";
import { cookiesOf } from "../cookies/inventory";
import { readForm } from "../forms";
import { safeRedirectPath } from "../redirect-target";

/**
 * F9: /cookies is the cookie policy (every cookie of this app with purpose and lifetime) and
 * the place to change the choice; the banner's two buttons post here too, with the page to
 * return to. A plain form post and a redirect: no JavaScript needed.
 */
export function cookiePolicyPage(app: AppCore) {
  const cookieOptions = cookieOptionsFor(app.env.APP_ORIGIN);
  return {
    async loader({ request }: LoaderFunctionArgs) {
      const t = await app.translator(request, "cookies");
      return {
        title: t("page.title"),
        choice: readCookieChoice(request),
        cookies: cookiesOf(app.app, cookieOptions).map(({ id, name, category, lifetime }) => ({
          id,
          name,
          category,
          lifetime,
        })),
      };
    },
    async action({ request }: ActionFunctionArgs) {
      app.assertSameOrigin(request);
      const form = await readForm(request);
      const choice = form.get("choice");
      if (!isCookieChoice(choice)) {
        return data({ problem: "invalid-choice" as const }, { status: 400 });
      }
      const headers = new Headers();
      headers.append("Set-Cookie", cookieChoiceCookie(choice, cookieOptions));
      if (choice === "declined") {
        for (const cookie of optionalCookiesToClear(request, cookieOptions)) {
          headers.append("Set-Cookie", cookie);
        }
      }
      const back = safeRedirectPath(form.get("returnTo"), app.env.APP_ORIGIN, "/cookies");
      return redirect(back, { headers });
    },
  };
}
