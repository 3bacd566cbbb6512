import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { preferencesSection } from "@tsunagu/schemas/resume";
import {
  availabilities,
  desiredLocations,
  employmentTypes,
  salaryCurrencies,
  salaryPeriods,
} from "@tsunagu/vocab";
import { SelectField, TextField, useAppForm } from "@tsunagu/ui/forms";
import { pageMeta } from "@tsunagu/ui/remix";
import { useTranslation } from "react-i18next";
import { ChoiceGroup } from "~/components/resume/choice-group";
import { SectionForm } from "~/components/resume/section-form";
import { nextSection } from "~/components/resume/sections";
import { loadSection } from "~/lib/resume-section.server";
import { saveSection } from "~/lib/seeker-api.server";
import { optionsOf } from "~/lib/vocabulary-options.server";

export function loader({ request }: LoaderFunctionArgs) {
  return loadSection(request, "preferences", (resume, locale) => ({
    preferences: resume.preferences,
    options: {
      jobTypes: optionsOf(employmentTypes, locale),
      // The wider choices first, then the prefectures in their official order (north to south).
      locations: [
        ...optionsOf(desiredLocations, locale).filter((option) => !option.value.startsWith("JP-")),
        ...optionsOf(desiredLocations, locale).filter((option) => option.value.startsWith("JP-")),
      ],
      currencies: optionsOf(salaryCurrencies, locale),
      periods: optionsOf(salaryPeriods, locale),
      availabilities: optionsOf(availabilities, locale),
    },
  }));
}

export function action({ request }: ActionFunctionArgs) {
  return saveSection(request, preferencesSection, (api, value) =>
    api.resume.savePreferences(value),
  );
}

export const meta = pageMeta;

/** F2: the work the seeker wants. All of it is what employers search on. */
export default function PreferencesSection() {
  const { preferences: saved, options } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const { t } = useTranslation("resume");
  const [form, fields] = useAppForm({
    schema: preferencesSection,
    lastResult: answer?.result,
    defaultValue: {
      desiredJobTypes: saved.desiredJobTypes,
      desiredLocations: saved.desiredLocations,
      desiredSalaryMin: saved.desiredSalaryMin?.toString() ?? "",
      desiredSalaryMax: saved.desiredSalaryMax?.toString() ?? "",
      desiredSalaryCurrency: saved.desiredSalaryCurrency ?? "",
      desiredSalaryPeriod: saved.desiredSalaryPeriod ?? "",
      availability: saved.availability ?? "",
      availableFrom: saved.availableFrom ?? "",
    },
  });
  const next = nextSection("preferences");
  const choose = t("choose");

  return (
    <SectionForm
      form={form}
      title={t("sections.preferences.title")}
      description={t("sections.preferences.description")}
      savedAt={answer?.savedAt}
      next={next ? { to: next.path, label: t(`sections.${next.key}.title`) } : undefined}
    >
      <ChoiceGroup
        field={fields.desiredJobTypes}
        legend={t("preferences.jobTypes")}
        options={options.jobTypes}
      />
      <ChoiceGroup
        field={fields.desiredLocations}
        legend={t("preferences.locations")}
        description={t("preferences.locationsHelp")}
        options={options.locations}
        columns="grid-cols-2 sm:grid-cols-3"
      />
      <fieldset className="grid gap-4">
        <legend className="text-sm font-medium text-ink">{t("preferences.salary")}</legend>
        <p className="text-sm text-ink-muted">{t("preferences.salaryHelp")}</p>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            field={fields.desiredSalaryMin}
            type="number"
            min={0}
            inputMode="numeric"
            label={t("preferences.salaryMin")}
          />
          <TextField
            field={fields.desiredSalaryMax}
            type="number"
            min={0}
            inputMode="numeric"
            label={t("preferences.salaryMax")}
          />
          <SelectField
            field={fields.desiredSalaryCurrency}
            label={t("preferences.currency")}
            options={options.currencies}
            placeholder={choose}
          />
          <SelectField
            field={fields.desiredSalaryPeriod}
            label={t("preferences.period")}
            options={options.periods}
            placeholder={choose}
          />
        </div>
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          field={fields.availability}
          label={t("preferences.availability")}
          options={options.availabilities}
          placeholder={choose}
        />
        <TextField
          field={fields.availableFrom}
          type="date"
          label={t("preferences.availableFrom")}
        />
      </div>
      <p className="text-sm text-ink-muted">
        <Link
          to="/resume/summary"
          className="font-medium text-accent-strong underline-offset-4 hover:underline"
        >
          {t("preferences.careerLevelNote")}
        </Link>
      </p>
    </SectionForm>
  );
}
