import type { LoaderFunctionArgs } from "@remix-run/node";
import { CURRENT_POLICY, POLICY_VERSIONS, policyVersion } from "@tsunagu/schemas/policy";
import type { AppCore } from "../app-core";
import { DISPLAY_TIME_ZONE } from "./account-page";

/**
 * Policy versions: /privacy-policy is the policy in force, in the reader's language, with its
 * effective date and the history of every version; `?version=` shows an earlier one as it was.
 * Public in every app: a consent names the version it was given under, and that text stays here.
 */
export function privacyPolicyPage(app: AppCore) {
  return {
    async loader({ request }: LoaderFunctionArgs) {
      const [locale, t] = await Promise.all([
        app.detectLocale(request),
        app.translator(request, "common"),
      ]);
      const asked = new URL(request.url).searchParams.get("version");
      const shown = asked ? policyVersion(asked) : CURRENT_POLICY;
      if (!shown) throw new Response("No such policy version", { status: 404 });
      const day = (iso: string) =>
        new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: DISPLAY_TIME_ZONE }).format(
          new Date(`${iso}T00:00:00+09:00`),
        );
      return {
        title: t("policy.title"),
        shown: {
          version: shown.version,
          effectiveOn: day(shown.effectiveOn),
          isCurrent: shown.version === CURRENT_POLICY.version,
          ...shown.text[locale],
        },
        history: [...POLICY_VERSIONS].reverse().map((entry) => ({
          version: entry.version,
          effectiveOn: day(entry.effectiveOn),
          isCurrent: entry.version === CURRENT_POLICY.version,
          changes: entry.text[locale].changes,
        })),
      };
    },
  };
}
