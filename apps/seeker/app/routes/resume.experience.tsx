import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { experienceSection } from "@tsunagu/schemas/resume";
import { CheckboxField, TextareaField, TextField, useAppForm } from "@tsunagu/ui/forms";
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
  return { experiences: resume.experiences, title: t("sections.experience.title") };
}

export function action({ request }: ActionFunctionArgs) {
  return saveSection(request, experienceSection, (api, value) => api.resume.saveExperience(value));
}

export const meta = pageMeta;

const EMPTY_JOB = { employerName: "", title: "", startMonth: "", endMonth: "", description: "" };

export default function ExperienceSection() {
  const { experiences: saved } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const { t } = useTranslation("resume");
  const [form, fields] = useAppForm({
    schema: experienceSection,
    lastResult: answer?.result,
    defaultValue: {
      experiences: saved.map((job) => ({ ...job, endMonth: job.endMonth ?? "", description: job.description ?? "" })),
    },
  });
  const jobs = fields.experiences.getFieldList();
  const next = nextSection("experience");

  return (
    <SectionForm
      form={form}
      title={t("sections.experience.title")}
      description={t("sections.experience.description")}
      savedAt={answer?.savedAt}
      next={next ? { to: next.path, label: t(`sections.${next.key}.title`) } : undefined}
    >
      {jobs.length === 0 ? (
        <p className="rounded-lg border border-dashed border-line p-4 text-sm text-ink-muted">
          {t("experience.empty")}
        </p>
      ) : (
        <ol className="grid gap-4">
          {jobs.map((job, index) => {
            const item = job.getFieldset();
            return (
              <li key={job.key} className="grid gap-4 rounded-lg border border-line p-4 sm:grid-cols-2">
                <ConceptInput field={item.title} kind="jobTitle" label={t("experience.title")} required />
                <TextField
                  field={item.employerName}
                  label={t("experience.employerName")}
                  description={t("experience.employerNameHelp")}
                  required
                />
                <TextField field={item.startMonth} type="month" label={t("experience.startMonth")} required />
                <TextField field={item.endMonth} type="month" label={t("experience.endMonth")} />
                <CheckboxField field={item.isCurrent} label={t("experience.isCurrent")} className="sm:col-span-2" />
                <TextareaField
                  field={item.description}
                  label={t("experience.description")}
                  rows={3}
                  className="sm:col-span-2"
                />
                <div>
                  <IntentButton
                    variant="outline"
                    size="sm"
                    {...form.remove.getButtonProps({ name: fields.experiences.name, index })}
                  >
                    {t("experience.remove", { number: index + 1 })}
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
          {...form.insert.getButtonProps({ name: fields.experiences.name, defaultValue: EMPTY_JOB })}
        >
          {jobs.length === 0 ? t("experience.add") : t("experience.addAnother")}
        </IntentButton>
      </div>
      <p className="text-sm text-ink-muted">{t("listHelp")}</p>
    </SectionForm>
  );
}
