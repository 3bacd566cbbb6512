import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { experienceSection } from "@tsunagu/schemas/resume";
import { CheckboxField, TextareaField, TextField, useAppForm } from "@tsunagu/ui/forms";
import { pageMeta } from "@tsunagu/ui/remix";
import { useTranslation } from "react-i18next";
import { ConceptInput } from "~/components/resume/concept-input";
import { ListSection } from "~/components/resume/list-section";
import { SectionForm } from "~/components/resume/section-form";
import { nextSection } from "~/components/resume/sections";
import { loadSection } from "~/lib/resume-section.server";
import { saveSection } from "~/lib/seeker-api.server";

export function loader({ request }: LoaderFunctionArgs) {
  return loadSection(request, "experience", (resume) => ({ experiences: resume.experiences }));
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
      experiences: saved.map((job) => ({
        ...job,
        endMonth: job.endMonth ?? "",
        description: job.description ?? "",
      })),
    },
  });
  const next = nextSection("experience");

  return (
    <SectionForm
      form={form}
      title={t("sections.experience.title")}
      description={t("sections.experience.description")}
      savedAt={answer?.savedAt}
      next={next ? { to: next.path, label: t(`sections.${next.key}.title`) } : undefined}
    >
      <ListSection
        form={form}
        list={fields.experiences}
        emptyRow={EMPTY_JOB}
        empty={t("experience.empty")}
        addLabel={t("experience.add")}
        addAnotherLabel={t("experience.addAnother")}
        removeLabel={(number) => t("experience.remove", { number })}
        rowClassName="sm:grid-cols-2"
        renderRow={(job) => {
          const item = job.getFieldset();
          return (
            <>
              <ConceptInput
                field={item.title}
                kind="jobTitle"
                label={t("experience.title")}
                required
              />
              <TextField
                field={item.employerName}
                label={t("experience.employerName")}
                description={t("experience.employerNameHelp")}
                required
              />
              <TextField
                field={item.startMonth}
                type="month"
                label={t("experience.startMonth")}
                required
              />
              <TextField field={item.endMonth} type="month" label={t("experience.endMonth")} />
              <CheckboxField
                field={item.isCurrent}
                label={t("experience.isCurrent")}
                className="sm:col-span-2"
              />
              <TextareaField
                field={item.description}
                label={t("experience.description")}
                rows={3}
                className="sm:col-span-2"
              />
            </>
          );
        }}
      />
      <p className="text-sm text-ink-muted">{t("listHelp")}</p>
    </SectionForm>
  );
}
