import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { summarySection } from "@tsunagu/schemas/resume";
import { careerLevels } from "@tsunagu/vocab";
import { SelectField, TextareaField, TextField, useAppForm } from "@tsunagu/ui/forms";
import { pageMeta } from "@tsunagu/ui/remix";
import { useTranslation } from "react-i18next";
import { SectionForm } from "~/components/resume/section-form";
import { nextSection } from "~/components/resume/sections";
import { kit } from "~/lib/kit.server";
import { saveSection, seekerApi } from "~/lib/seeker-api.server";
import { optionsOf } from "~/lib/vocabulary-options.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const api = await seekerApi(request);
  const [resume, t, locale] = await Promise.all([
    api.resume.get(),
    kit.translator(request, "resume"),
    kit.detectLocale(request),
  ]);
  return {
    summary: resume.summary,
    careerLevels: optionsOf(careerLevels, locale),
    title: t("sections.summary.title"),
  };
}

export function action({ request }: ActionFunctionArgs) {
  return saveSection(request, summarySection, (api, value) => api.resume.saveSummary(value));
}

export const meta = pageMeta;

export default function SummarySection() {
  const { summary, careerLevels: levels } = useLoaderData<typeof loader>();
  const saved = useActionData<typeof action>();
  const { t } = useTranslation("resume");
  const [form, fields] = useAppForm({
    schema: summarySection,
    lastResult: saved?.result,
    defaultValue: summary,
  });
  const next = nextSection("summary");
  return (
    <SectionForm
      form={form}
      title={t("sections.summary.title")}
      description={t("sections.summary.description")}
      savedAt={saved?.savedAt}
      next={next ? { to: next.path, label: t(`sections.${next.key}.title`) } : undefined}
    >
      <TextField
        field={fields.headline}
        label={t("summary.headline")}
        description={t("summary.headlineHelp")}
      />
      <TextareaField
        field={fields.summary}
        rows={6}
        label={t("summary.summary")}
        description={t("summary.summaryHelp")}
      />
      <SelectField
        field={fields.careerLevel}
        label={t("summary.careerLevel")}
        options={levels}
        placeholder={t("choose")}
      />
    </SectionForm>
  );
}
