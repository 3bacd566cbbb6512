import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { formatPhone } from "@tsunagu/schemas";
import { refereesSection } from "@tsunagu/schemas/resume";
import { CheckboxField, TextField, useAppForm } from "@tsunagu/ui/forms";
import { pageMeta } from "@tsunagu/ui/remix";
import { useTranslation } from "react-i18next";
import { ListSection } from "~/components/resume/list-section";
import { SectionForm } from "~/components/resume/section-form";
import { loadSection } from "~/lib/resume-section.server";
import { formatDay, saveSection } from "~/lib/seeker-api.server";

export function loader({ request }: LoaderFunctionArgs) {
  return loadSection(request, "referees", (resume, locale) => ({
    referees: resume.referees.map((referee) => ({
      ...referee,
      phone: referee.phone ? formatPhone(referee.phone) : null,
      attestedOn: formatDay(locale, referee.consentAttestedAt),
    })),
  }));
}

export function action({ request }: ActionFunctionArgs) {
  return saveSection(request, refereesSection, (api, value) => api.resume.saveReferees(value));
}

export const meta = pageMeta;

const EMPTY_REFEREE = { name: "", relationship: "", organisation: "", email: "", phone: "" };

/**
 * F2: referees, third-party data. Each one needs the seeker's attestation that the person
 * agreed, never pre-ticked, even for a referee saved before: the box is ticked again on each save
 * (the first attestation's time is kept), and the page lists when each consent was attested.
 */
export default function RefereesSection() {
  const { referees: saved } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const { t } = useTranslation("resume");
  const [form, fields] = useAppForm({
    schema: refereesSection,
    lastResult: answer?.result,
    defaultValue: {
      referees: saved.map((referee) => ({
        name: referee.name,
        relationship: referee.relationship,
        organisation: referee.organisation ?? "",
        email: referee.email ?? "",
        phone: referee.phone ?? "",
      })),
    },
  });

  return (
    <SectionForm
      form={form}
      title={t("sections.referees.title")}
      description={t("sections.referees.description")}
      savedAt={answer?.savedAt}
    >
      <p className="text-sm text-ink-muted">{t("referees.privacy")}</p>
      {saved.length > 0 ? (
        <ul className="grid gap-1 text-sm text-ink" aria-label={t("referees.onFile")}>
          {saved.map((referee, index) => (
            <li key={index}>
              <span className="font-medium">{referee.name}</span>
              {" — "}
              {t("referees.consentAttestedOn", { date: referee.attestedOn })}
            </li>
          ))}
        </ul>
      ) : null}
      <ListSection
        form={form}
        list={fields.referees}
        emptyRow={EMPTY_REFEREE}
        empty={t("referees.empty")}
        addLabel={t("referees.add")}
        addAnotherLabel={t("referees.addAnother")}
        removeLabel={(number) => t("referees.remove", { number })}
        rowClassName="sm:grid-cols-2"
        renderRow={(entry) => {
          const item = entry.getFieldset();
          return (
            <>
              <TextField field={item.name} label={t("referees.name")} required />
              <TextField
                field={item.relationship}
                label={t("referees.relationship")}
                description={t("referees.relationshipHelp")}
                required
              />
              <TextField field={item.organisation} label={t("referees.organisation")} />
              <TextField field={item.email} type="email" label={t("referees.email")} />
              <TextField field={item.phone} type="tel" label={t("referees.phone")} />
              <CheckboxField
                field={item.consentAttested}
                label={t("referees.consent")}
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
