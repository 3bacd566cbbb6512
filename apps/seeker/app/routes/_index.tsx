import { Link } from "@remix-run/react";
import { Button, FeatureGrid, Hero, keyedFeatures, PageSection } from "@tsunagu/ui";
import { useTranslation } from "react-i18next";

const valuePoints = ["clearJobs", "yourLanguage", "oneResume"] as const;
const privacySteps = ["private", "searchable", "consent", "control"] as const;

export default function SeekerHome() {
  const { t } = useTranslation("seeker");

  return (
    <>
      <Hero
        eyebrow={t("home.hero.eyebrow")}
        title={t("home.hero.title")}
        lead={t("home.hero.lead")}
        actions={
          <>
            <Button asChild size="lg">
              <Link to="/jobs">{t("home.hero.browseJobs")}</Link>
            </Button>
            <Button asChild size="lg" variant="outline">
              <Link to="/sign-up">{t("home.hero.createAccount")}</Link>
            </Button>
          </>
        }
      />
      <PageSection title={t("home.value.title")}>
        <FeatureGrid items={keyedFeatures(t, "home.value", valuePoints)} />
      </PageSection>
      <PageSection
        id="privacy"
        title={t("home.privacy.title")}
        lead={t("home.privacy.lead")}
        className="pb-20"
      >
        <FeatureGrid ordered columns={4} items={keyedFeatures(t, "home.privacy", privacySteps)} />
      </PageSection>
    </>
  );
}
