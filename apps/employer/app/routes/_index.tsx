import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Button, CalloutSection, FeatureGrid, Hero, keyedFeatures, PageSection } from "@tsunagu/ui";
import { useTranslation } from "react-i18next";
import { PlanLimits } from "~/components/plan-limits";
import { loadPublicPlans } from "~/lib/billing.server";

export const handle = { i18n: ["billing"] };

const features = ["search", "post", "invite"] as const;

/** F11: the plans section lists the plans actually offered, with their limits and prices. */
export async function loader({ request }: LoaderFunctionArgs) {
  return { plans: await loadPublicPlans(request) };
}

export default function EmployerHome() {
  const { plans } = useLoaderData<typeof loader>();
  const { t } = useTranslation("employer");
  const { t: tBilling } = useTranslation("billing");

  return (
    <>
      <Hero
        eyebrow={t("home.hero.eyebrow")}
        title={t("home.hero.title")}
        lead={t("home.hero.lead")}
        actions={
          <div className="flex flex-wrap gap-3">
            <Button asChild size="lg">
              <Link to="/sign-up">{t("home.hero.createAccount")}</Link>
            </Button>
            <Button asChild size="lg" variant="outline">
              <Link to="/#plans">{t("home.hero.seePlans")}</Link>
            </Button>
          </div>
        }
      />
      <PageSection title={t("home.features.title")}>
        <FeatureGrid items={keyedFeatures(t, "home.features", features)} />
      </PageSection>
      <PageSection id="plans" title={tBilling("home.title")} lead={tBilling("home.lead")}>
        <ul className="grid gap-4 sm:grid-cols-3">
          {plans.map((plan) => (
            <li
              key={plan.code}
              className="grid content-start gap-3 rounded-card border border-line bg-surface p-5"
              aria-labelledby={`home-plan-${plan.code}`}
            >
              <h3 id={`home-plan-${plan.code}`} className="text-lg font-semibold text-ink">
                {plan.name}
              </h3>
              <p className="text-2xl font-bold text-ink">
                {tBilling("plans.perMonth", { price: plan.price })}
              </p>
              <PlanLimits plan={plan} />
            </li>
          ))}
        </ul>
        <p className="mt-4 text-sm text-ink-muted">{tBilling("home.area")}</p>
        <Button asChild className="mt-4">
          <Link to="/sign-up">{tBilling("home.start")}</Link>
        </Button>
      </PageSection>
      <CalloutSection id="privacy" title={t("home.privacy.title")} body={t("home.privacy.body")} />
    </>
  );
}
