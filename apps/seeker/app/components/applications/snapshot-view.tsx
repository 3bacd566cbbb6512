import { Card } from "@tsunagu/ui";
import { useTranslation } from "react-i18next";

export interface SnapshotData {
  contact: { firstName: string | null; middleName: string | null; lastName: string | null; email: string; phone: string | null };
  residenceCountry: string | null;
  visaStatus: string | null;
  headline: string | null;
  summary: string | null;
  careerLevel: string | null;
  workExperiences: { employerName: string; title: string; startDate: string; endDate: string | null }[];
  languageSkills: { language: string; level: string }[];
  skills: { name: string }[];
}

/** What an application shares with the company (R5), shown to the seeker as it is (or was) sent. */
/** Coded fields already named in the reader's language (see snapshotNames in ~/lib/job-labels.server). */
export interface SnapshotNames {
  visaStatus: string | null;
  careerLevel: string | null;
  languages: string | null;
}

export function SnapshotView({
  snapshot,
  names,
  headingLevel = 2,
}: {
  snapshot: SnapshotData;
  names: SnapshotNames;
  headingLevel?: 2 | 3;
}) {
  const { t } = useTranslation("jobs");
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const name = [snapshot.contact.firstName, snapshot.contact.middleName, snapshot.contact.lastName].filter(Boolean).join(" ");
  const rows: [string, string | null][] = [
    [t("snapshot.name"), name || null],
    [t("snapshot.email"), snapshot.contact.email],
    [t("snapshot.phone"), snapshot.contact.phone],
    [t("snapshot.visaStatus"), names.visaStatus],
    [t("snapshot.headline"), snapshot.headline],
    [t("snapshot.summary"), snapshot.summary],
    [t("snapshot.careerLevel"), names.careerLevel],
    [t("snapshot.languages"), names.languages],
    [t("snapshot.skills"), snapshot.skills.map((s) => s.name).join(", ") || null],
    [
      t("snapshot.work"),
      snapshot.workExperiences.map((w) => `${w.title}, ${w.employerName} (${w.startDate} – ${w.endDate ?? t("snapshot.now")})`).join("; ") || null,
    ],
  ];
  return (
    <Card className="grid gap-4" data-testid="snapshot">
      <Heading className="text-lg font-semibold text-ink">{t("snapshot.title")}</Heading>
      <dl className="grid gap-3 sm:grid-cols-[12rem_minmax(0,1fr)]">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-sm font-medium text-ink-muted">{label}</dt>
            <dd className="break-words text-sm text-ink">{value ?? t("snapshot.empty")}</dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}
