import { Link } from "@remix-run/react";
import { Button, CalloutSection, FeatureGrid, Hero, keyedFeatures, PageSection } from "@tsunagu/ui";
import { useTranslation } from "react-i18next";

const features = ["search", "post", "invite"] as const;
const plans = ["free", "paid", "area"] as const;

export default function EmployerHome() {
  const { t } = useTranslation("employer");

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
      <PageSection id="plans" title={t("home.plans.title")} lead={t("home.plans.lead")}>
        <FeatureGrid items={keyedFeatures(t, "home.plans", plans, "name")} />
      </PageSection>
      <CalloutSection id="privacy" title={t("home.privacy.title")} body={t("home.privacy.body")} />
    </>
  );
}
