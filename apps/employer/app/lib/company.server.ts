import { formatTime, submitForm, trpcCodeOf, type SignedIn } from "@tsunagu/app-kit";
import { companyProfileInput } from "@tsunagu/schemas/company";
import { countries, optionsOf } from "@tsunagu/vocab";
import { data } from "@remix-run/node";
import { kit } from "./kit.server";
import { callEmployerApi } from "./trpc.server";

/** The company page: the profile and identity; owners get the form, recruiters read it. */
export async function loadCompanyPage(request: Request, { user }: SignedIn) {
  if (!user.membership) throw data(null, { status: 403 });
  const { api } = await callEmployerApi(request);
  const [profile, locale, t] = await Promise.all([
    api.company.get().catch((error: unknown) => {
      throw data(null, { status: trpcCodeOf(error) === "FORBIDDEN" ? 403 : 500 });
    }),
    kit.detectLocale(request),
    kit.translator(request, "employer"),
  ]);
  return {
    title: t("company.title"),
    isOwner: user.membership.role === "OWNER",
    profile,
    countries: optionsOf(countries, locale, { sorted: true, first: ["JP", "VN"] }),
  };
}

/** An owner's save, validated with the shared schema in the page's language. */
export async function saveCompanyPage(request: Request, { user }: SignedIn) {
  kit.assertSameOrigin(request);
  if (user.membership?.role !== "OWNER") throw data(null, { status: 403 });
  const { api } = await callEmployerApi(request);
  const locale = await kit.detectLocale(request);
  const outcome = await submitForm(request, {
    schema: companyProfileInput,
    locale,
    run: (value) => api.company.save(value),
  });
  return {
    result: outcome.result,
    savedAt: outcome.done ? formatTime(locale, outcome.done.updatedAt) : undefined,
  };
}
