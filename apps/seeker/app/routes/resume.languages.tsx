import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { languagesSection } from "@tsunagu/schemas/resume";
import { languageLevels, languages } from "@tsunagu/vocab";
import { SelectField, useAppForm } from "@tsunagu/ui/forms";
import { pageMeta } from "@tsunagu/ui/remix";
import { useTranslation } from "react-i18next";
import { ListSection } from "~/components/resume/list-section";
import { SectionForm } from "~/components/resume/section-form";
import { nextSection } from "~/components/resume/sections";
import { loadSection } from "~/lib/resume-section.server";
import { saveSection } from "~/lib/seeker-api.server";
import { optionsOf } from "~/lib/vocabulary-options.server";

export function loader({ request }: LoaderFunctionArgs) {
  return loadSection(request, "languages", (resume, locale) => ({
    languages: resume.languages,
    options: {
      languages: optionsOf(languages, locale, { sorted: true, first: ["ja", "vi", "en"] }),
      levels: optionsOf(languageLevels, locale),
    },
  }));
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
      <ListSection
        form={form}
        list={fields.languages}
        emptyRow={{ language: "", level: "" }}
        empty={t("languages.empty")}
        addLabel={t("languages.add")}
        addAnotherLabel={t("languages.addAnother")}
        removeLabel={(number) => t("languages.remove", { number })}
        rowClassName="sm:grid-cols-[1fr_1fr_auto] sm:items-end"
        renderRow={(entry) => {
          const item = entry.getFieldset();
          return (
            <>
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
            </>
          );
        }}
      />
      <p className="text-sm text-ink-muted">{t("listHelp")}</p>
    </SectionForm>
  );
}
