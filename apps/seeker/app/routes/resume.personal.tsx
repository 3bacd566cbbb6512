import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { formatPhone } from "@tsunagu/schemas";
import { personalSection } from "@tsunagu/schemas/resume";
import { SelectField, TextField, useAppForm } from "@tsunagu/ui/forms";
import { pageMeta } from "@tsunagu/ui/remix";
import { useTranslation } from "react-i18next";
import { PhotoCard } from "~/components/resume/photo-card";
import { SectionForm } from "~/components/resume/section-form";
import { nextSection } from "~/components/resume/sections";
import { kit } from "~/lib/kit.server";
import { photoOf, photoPost } from "~/lib/photo.server";
import { saveSection, seekerApi } from "~/lib/seeker-api.server";
import { personalOptions } from "~/lib/vocabulary-options.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const api = await seekerApi(request);
  const [resume, t, locale, photo] = await Promise.all([
    api.resume.get(),
    kit.translator(request, "resume"),
    kit.detectLocale(request),
    photoOf(request),
  ]);
  const { phone, ...personal } = resume.personal;
  return {
    personal: { ...personal, phone: phone ? formatPhone(phone) : null },
    options: personalOptions(locale),
    photoVersion: photo ? photo.etag.slice(1, 13) : null,
    title: t("sections.personal.title"),
  };
}

/** The page's forms: the photo (multipart, or Remove) and the personal section. */
export async function action({ request }: ActionFunctionArgs) {
  const photoResult = await photoPost(request);
  if (photoResult) return { photoResult };
  return saveSection(request, personalSection, (api, value) => api.resume.savePersonal(value));
}

export const meta = pageMeta;

export default function PersonalSection() {
  const { personal, options, photoVersion } = useLoaderData<typeof loader>();
  const posted = useActionData<typeof action>();
  const photoResult = posted && "photoResult" in posted ? posted.photoResult : undefined;
  const saved = posted && "photoResult" in posted ? undefined : posted;
  const { t } = useTranslation("resume");
  const [form, fields] = useAppForm({
    schema: personalSection,
    lastResult: saved?.result,
    defaultValue: personal,
  });
  const next = nextSection("personal");
  const choose = t("choose");

  return (
    <div className="grid gap-6">
      <PhotoCard photoVersion={photoVersion} result={photoResult} />
      <SectionForm
        form={form}
        title={t("sections.personal.title")}
        description={t("sections.personal.description")}
        savedAt={saved?.savedAt}
        next={next ? { to: next.path, label: t(`sections.${next.key}.title`) } : undefined}
      >
        <div className="grid gap-5 sm:grid-cols-3">
          <TextField
            field={fields.lastName}
            label={t("personal.lastName")}
            required
            autoComplete="family-name"
          />
          <TextField
            field={fields.firstName}
            label={t("personal.firstName")}
            required
            autoComplete="given-name"
          />
          <TextField
            field={fields.middleName}
            label={t("personal.middleName")}
            autoComplete="additional-name"
          />
        </div>
        <div className="grid gap-5 sm:grid-cols-2">
          <TextField
            field={fields.birthDate}
            type="date"
            label={t("personal.birthDate")}
            description={t("personal.birthDateHelp")}
            required
            autoComplete="bday"
          />
          <SelectField
            field={fields.gender}
            label={t("personal.gender")}
            options={options.genders}
            placeholder={choose}
          />
        </div>
        <div className="grid gap-5 sm:grid-cols-2">
          <SelectField
            field={fields.nationality}
            label={t("personal.nationality")}
            options={options.countries}
            placeholder={choose}
          />
          <SelectField
            field={fields.residenceCountry}
            label={t("personal.residenceCountry")}
            options={options.countries}
            placeholder={choose}
          />
          <SelectField
            field={fields.residenceRegion}
            label={t("personal.residenceRegion")}
            description={t("personal.residenceRegionHelp")}
            options={options.prefectures}
            placeholder={choose}
          />
          <TextField
            field={fields.nearestStation}
            label={t("personal.nearestStation")}
            description={t("personal.nearestStationHelp")}
          />
        </div>
        <TextField
          field={fields.phone}
          type="tel"
          label={t("personal.phone")}
          description={t("personal.phoneHelp")}
          autoComplete="tel"
        />
        <div className="grid gap-5 sm:grid-cols-2">
          <SelectField
            field={fields.visaStatus}
            label={t("personal.visaStatus")}
            description={t("personal.visaStatusHelp")}
            options={options.visaStatuses}
            placeholder={choose}
          />
          <TextField field={fields.visaExpiresOn} type="date" label={t("personal.visaExpiresOn")} />
        </div>
      </SectionForm>
    </div>
  );
}
