import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { educationSection } from "@tsunagu/schemas/resume";
import { educationLevels } from "@tsunagu/vocab";
import { SelectField, TextField, useAppForm } from "@tsunagu/ui/forms";
import { pageMeta } from "@tsunagu/ui/remix";
import { useTranslation } from "react-i18next";
import { ListSection } from "~/components/resume/list-section";
import { SectionForm } from "~/components/resume/section-form";
import { nextSection } from "~/components/resume/sections";
import { loadSection } from "~/lib/resume-section.server";
import { saveSection } from "~/lib/seeker-api.server";
import { optionsOf } from "~/lib/vocabulary-options.server";

export function loader({ request }: LoaderFunctionArgs) {
  return loadSection(request, "education", (resume, locale) => ({
    educations: resume.educations,
    levels: optionsOf(educationLevels, locale),
  }));
}

export function action({ request }: ActionFunctionArgs) {
  return saveSection(request, educationSection, (api, value) => api.resume.saveEducation(value));
}

export const meta = pageMeta;

const EMPTY_SCHOOL = { institution: "", level: "", fieldOfStudy: "", startMonth: "", endMonth: "" };

/** F2: schools and studies by month, several, in the seeker's order. */
export default function EducationSection() {
  const { educations: saved, levels } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const { t } = useTranslation("resume");
  const [form, fields] = useAppForm({
    schema: educationSection,
    lastResult: answer?.result,
    defaultValue: {
      educations: saved.map((entry) => ({
        institution: entry.institution,
        level: entry.level ?? "",
        fieldOfStudy: entry.fieldOfStudy ?? "",
        startMonth: entry.startMonth ?? "",
        endMonth: entry.endMonth ?? "",
      })),
    },
  });
  const next = nextSection("education");

  return (
    <SectionForm
      form={form}
      title={t("sections.education.title")}
      description={t("sections.education.description")}
      savedAt={answer?.savedAt}
      next={next ? { to: next.path, label: t(`sections.${next.key}.title`) } : undefined}
    >
      <ListSection
        form={form}
        list={fields.educations}
        emptyRow={EMPTY_SCHOOL}
        empty={t("education.empty")}
        addLabel={t("education.add")}
        addAnotherLabel={t("education.addAnother")}
        removeLabel={(number) => t("education.remove", { number })}
        rowClassName="sm:grid-cols-2"
        renderRow={(entry) => {
          const item = entry.getFieldset();
          return (
            <>
              <TextField
                field={item.institution}
                label={t("education.institution")}
                description={t("education.institutionHelp")}
                required
                className="sm:col-span-2"
              />
              <SelectField
                field={item.level}
                label={t("education.level")}
                options={levels}
                placeholder={t("choose")}
              />
              <TextField field={item.fieldOfStudy} label={t("education.fieldOfStudy")} />
              <TextField field={item.startMonth} type="month" label={t("education.startMonth")} />
              <TextField
                field={item.endMonth}
                type="month"
                label={t("education.endMonth")}
                description={t("education.endMonthHelp")}
              />
            </>
          );
        }}
      />
      <p className="text-sm text-ink-muted">{t("listHelp")}</p>
    </SectionForm>
  );
}
