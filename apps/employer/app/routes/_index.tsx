import { Link } from "@remix-run/react";
import { Button, Card, FeatureGrid, Hero, PageSection } from "@tsunagu/ui";
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
          <>
            <Button asChild size="lg">
              <Link to="/sign-up">{t("home.hero.createAccount")}</Link>
            </Button>
            <Button asChild size="lg" variant="outline">
              <Link to="/#plans">{t("home.hero.seePlans")}</Link>
            </Button>
          </>
        }
      />
      <PageSection title={t("home.features.title")}>
        <FeatureGrid
          items={features.map((key) => ({
            key,
            title: t(`home.features.${key}.title`),
            body: t(`home.features.${key}.body`),
          }))}
        />
      </PageSection>
      <PageSection id="plans" title={t("home.plans.title")} lead={t("home.plans.lead")}>
        <FeatureGrid
          items={plans.map((key) => ({
            key,
            title: t(`home.plans.${key}.name`),
            body: t(`home.plans.${key}.body`),
          }))}
        />
      </PageSection>
      <PageSection id="privacy" title={t("home.privacy.title")} className="pb-20">
        <Card className="max-w-3xl border-accent/30 bg-accent-soft/60">
          <p className="text-base leading-relaxed text-ink">{t("home.privacy.body")}</p>
        </Card>
      </PageSection>
    </>
  );
}
