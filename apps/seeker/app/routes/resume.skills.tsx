import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { skillsSection } from "@tsunagu/schemas/resume";
import { TextField, useAppForm } from "@tsunagu/ui/forms";
import { pageMeta } from "@tsunagu/ui/remix";
import { useTranslation } from "react-i18next";
import { ConceptInput } from "~/components/resume/concept-input";
import { IntentButton } from "~/components/resume/intent-button";
import { SectionForm } from "~/components/resume/section-form";
import { nextSection } from "~/components/resume/sections";
import { kit } from "~/lib/kit.server";
import { saveSection, seekerApi } from "~/lib/seeker-api.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const api = await seekerApi(request);
  const [resume, t] = await Promise.all([api.resume.get(), kit.translator(request, "resume")]);
  return { skills: resume.skills, title: t("sections.skills.title") };
}

export function action({ request }: ActionFunctionArgs) {
  return saveSection(request, skillsSection, (api, value) => api.resume.saveSkills(value));
}

export const meta = pageMeta;

export default function SkillsSection() {
  const { skills: saved } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const { t } = useTranslation("resume");
  const [form, fields] = useAppForm({
    schema: skillsSection,
    lastResult: answer?.result,
    defaultValue: saved,
  });
  const skills = fields.skills.getFieldList();
  const certifications = fields.certifications.getFieldList();
  const next = nextSection("skills");

  return (
    <SectionForm
      form={form}
      title={t("sections.skills.title")}
      description={t("sections.skills.description")}
      savedAt={answer?.savedAt}
      next={next ? { to: next.path, label: t(`sections.${next.key}.title`) } : undefined}
    >
      <fieldset className="grid gap-4">
        <legend className="mb-2 text-base font-semibold text-ink">{t("skills.skillsHeading")}</legend>
        {skills.length === 0 ? (
          <p className="rounded-lg border border-dashed border-line p-4 text-sm text-ink-muted">
            {t("skills.emptySkills")}
          </p>
        ) : (
          <ol className="grid gap-4">
            {skills.map((entry, index) => {
              const item = entry.getFieldset();
              return (
                <li
                  key={entry.key}
                  className="grid gap-4 rounded-lg border border-line p-4 sm:grid-cols-[2fr_1fr_auto] sm:items-end"
                >
                  <ConceptInput kind="skill" field={item.name} label={t("skills.name")} required />
                  <TextField field={item.years} type="number" min={0} max={60} label={t("skills.years")} />
                  <IntentButton
                    variant="outline"
                    size="sm"
                    {...form.remove.getButtonProps({ name: fields.skills.name, index })}
                  >
                    {t("skills.removeSkill", { number: index + 1 })}
                  </IntentButton>
                </li>
              );
            })}
          </ol>
        )}
        <div>
          <IntentButton variant="secondary" {...form.insert.getButtonProps({ name: fields.skills.name, defaultValue: { name: "", years: "" } })}>
            {skills.length === 0 ? t("skills.addSkill") : t("skills.addAnotherSkill")}
          </IntentButton>
        </div>
      </fieldset>

      <fieldset className="grid gap-4">
        <legend className="mb-2 text-base font-semibold text-ink">{t("skills.certificationsHeading")}</legend>
        {certifications.length === 0 ? (
          <p className="rounded-lg border border-dashed border-line p-4 text-sm text-ink-muted">
            {t("skills.emptyCertifications")}
          </p>
        ) : (
          <ol className="grid gap-4">
            {certifications.map((entry, index) => {
              const item = entry.getFieldset();
              return (
                <li key={entry.key} className="grid gap-4 rounded-lg border border-line p-4 sm:grid-cols-2">
                  <TextField field={item.name} label={t("skills.certificationName")} required />
                  <TextField field={item.issuer} label={t("skills.issuer")} />
                  <TextField field={item.issuedOn} type="date" label={t("skills.issuedOn")} />
                  <TextField field={item.expiresOn} type="date" label={t("skills.expiresOn")} />
                  <TextField
                    field={item.credentialId}
                    label={t("skills.credentialId")}
                    description={t("skills.credentialIdHelp")}
                  />
                  <div className="sm:self-end">
                    <IntentButton
                      variant="outline"
                      size="sm"
                      {...form.remove.getButtonProps({ name: fields.certifications.name, index })}
                    >
                      {t("skills.removeCertification", { number: index + 1 })}
                    </IntentButton>
                  </div>
                </li>
              );
            })}
          </ol>
        )}
        <div>
          <IntentButton
            variant="secondary"
            {...form.insert.getButtonProps({
              name: fields.certifications.name,
              defaultValue: { name: "", issuer: "", issuedOn: "", expiresOn: "", credentialId: "" },
            })}
          >
            {certifications.length === 0 ? t("skills.addCertification") : t("skills.addAnotherCertification")}
          </IntentButton>
        </div>
      </fieldset>
      <p className="text-sm text-ink-muted">{t("listHelp")}</p>
    </SectionForm>
  );
}
