import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { languagesSection } from "@tsunagu/schemas/resume";
import { languageLevels, languages } from "@tsunagu/vocab";
import { SelectField, useAppForm } from "@tsunagu/ui/forms";
import { pageMeta } from "@tsunagu/ui/remix";
import { useTranslation } from "react-i18next";
import { IntentButton } from "~/components/resume/intent-button";
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
    languages: resume.languages,
    options: {
      languages: optionsOf(languages, locale, { sorted: true, first: ["ja", "vi", "en"] }),
      levels: optionsOf(languageLevels, locale),
    },
    title: t("sections.languages.title"),
  };
}

export function action({ request }: ActionFunctionArgs) {
  return saveSection(request, languagesSection, (api, value) => api.resume.saveLanguages(value));
}

export const meta = pageMeta;

export default function LanguagesSection() {
  const { languages: saved, options } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const { t } = useTranslation("resume");
  const [form, fields] = useAppForm({
    schema: languagesSection,
    lastResult: answer?.result,
    defaultValue: { languages: saved },
  });
  const entries = fields.languages.getFieldList();
  const next = nextSection("languages");
  const choose = t("choose");

  return (
    <SectionForm
      form={form}
      title={t("sections.languages.title")}
      description={t("sections.languages.description")}
      savedAt={answer?.savedAt}
      next={next ? { to: next.path, label: t(`sections.${next.key}.title`) } : undefined}
    >
      {entries.length === 0 ? (
        <p className="rounded-lg border border-dashed border-line p-4 text-sm text-ink-muted">
          {t("languages.empty")}
        </p>
      ) : (
        <ol className="grid gap-4">
          {entries.map((entry, index) => {
            const item = entry.getFieldset();
            return (
              <li
                key={entry.key}
                className="grid gap-4 rounded-lg border border-line p-4 sm:grid-cols-[1fr_1fr_auto] sm:items-end"
              >
                <SelectField
                  field={item.language}
                  label={t("languages.language")}
                  options={options.languages}
                  placeholder={choose}
                  required
                />
                <SelectField
                  field={item.level}
                  label={t("languages.level")}
                  description={t("languages.levelHelp")}
                  options={options.levels}
                  placeholder={choose}
                  required
                />
                <IntentButton
                  variant="outline"
                  size="sm"
                  {...form.remove.getButtonProps({ name: fields.languages.name, index })}
                >
                  {t("languages.remove", { number: index + 1 })}
                </IntentButton>
              </li>
            );
          })}
        </ol>
      )}
      <div>
        <IntentButton variant="secondary" {...form.insert.getButtonProps({ name: fields.languages.name, defaultValue: { language: "", level: "" } })}>
          {entries.length === 0 ? t("languages.add") : t("languages.addAnother")}
        </IntentButton>
      </div>
      <p className="text-sm text-ink-muted">{t("listHelp")}</p>
    </SectionForm>
  );
}
