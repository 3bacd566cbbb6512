import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { skillsSection } from "@tsunagu/schemas/resume";
import { TextField, useAppForm } from "@tsunagu/ui/forms";
import { pageMeta } from "@tsunagu/ui/remix";
import { useTranslation } from "react-i18next";
import { ConceptInput } from "~/components/resume/concept-input";
import { ListSection } from "~/components/resume/list-section";
import { SectionForm } from "~/components/resume/section-form";
import { nextSection } from "~/components/resume/sections";
import { loadSection } from "~/lib/resume-section.server";
import { saveSection } from "~/lib/seeker-api.server";

export function loader({ request }: LoaderFunctionArgs) {
  return loadSection(request, "skills", (resume) => ({ skills: resume.skills }));
}

export function action({ request }: ActionFunctionArgs) {
  return saveSection(request, skillsSection, (api, value) => api.resume.saveSkills(value));
}

export const meta = pageMeta;

const EMPTY_CERTIFICATION = { name: "", issuer: "", issuedOn: "", expiresOn: "", credentialId: "" };

export default function SkillsSection() {
  const { skills: saved } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const { t } = useTranslation("resume");
  const [form, fields] = useAppForm({
    schema: skillsSection,
    lastResult: answer?.result,
    defaultValue: saved,
  });
  const next = nextSection("skills");

  return (
    <SectionForm
      form={form}
      title={t("sections.skills.title")}
      description={t("sections.skills.description")}
      savedAt={answer?.savedAt}
      next={next ? { to: next.path, label: t(`sections.${next.key}.title`) } : undefined}
    >
      <ListSection
        form={form}
        list={fields.skills}
        legend={t("skills.skillsHeading")}
        emptyRow={{ name: "", years: "" }}
        empty={t("skills.emptySkills")}
        addLabel={t("skills.addSkill")}
        addAnotherLabel={t("skills.addAnotherSkill")}
        removeLabel={(number) => t("skills.removeSkill", { number })}
        rowClassName="sm:grid-cols-[2fr_1fr_auto] sm:items-end"
        renderRow={(entry) => {
          const item = entry.getFieldset();
          return (
            <>
              <ConceptInput kind="skill" field={item.name} label={t("skills.name")} required />
              <TextField
                field={item.years}
                type="number"
                min={0}
                max={60}
                label={t("skills.years")}
              />
            </>
          );
        }}
      />
      <ListSection
        form={form}
        list={fields.certifications}
        legend={t("skills.certificationsHeading")}
        emptyRow={EMPTY_CERTIFICATION}
        empty={t("skills.emptyCertifications")}
        addLabel={t("skills.addCertification")}
        addAnotherLabel={t("skills.addAnotherCertification")}
        removeLabel={(number) => t("skills.removeCertification", { number })}
        rowClassName="sm:grid-cols-2"
        removeClassName="sm:self-end"
        renderRow={(entry) => {
          const item = entry.getFieldset();
          return (
            <>
              <TextField field={item.name} label={t("skills.certificationName")} required />
              <TextField field={item.issuer} label={t("skills.issuer")} />
              <TextField field={item.issuedOn} type="date" label={t("skills.issuedOn")} />
              <TextField field={item.expiresOn} type="date" label={t("skills.expiresOn")} />
              <TextField
                field={item.credentialId}
                label={t("skills.credentialId")}
                description={t("skills.credentialIdHelp")}
              />
            </>
          );
        }}
      />
      <p className="text-sm text-ink-muted">{t("listHelp")}</p>
    </SectionForm>
  );
}
