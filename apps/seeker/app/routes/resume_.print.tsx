import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { formatPhone } from "@tsunagu/schemas";
import {
  availabilities,
  careerLevels,
  countries,
  desiredLocations,
  educationLevels,
  employmentTypes,
  languageLevels,
  languages,
  prefectures,
  salaryPeriods,
  visaStatuses,
  type UiLocale,
} from "@tsunagu/vocab";
import { pageMeta } from "@tsunagu/ui/remix";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import printStylesheet from "~/styles/print.css?url";
import { loadSection } from "~/lib/resume-section.server";
import { formatDay } from "~/lib/seeker-api.server";

export const handle = { i18n: ["resume"] };

export const links = () => [{ rel: "stylesheet", href: printStylesheet }];

/**
 * F2: the whole resume on one clean page, for printing or saving as PDF: every section, names
 * of codes resolved on the server in the reader's language. Only the seeker sees this page.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  return loadSection(
    request,
    "print",
    (resume, locale: UiLocale) => {
      const name = <Code extends string>(
        vocabulary: { label(code: Code, locale: UiLocale): string },
        code: string | null,
      ) => (code ? vocabulary.label(code as Code, locale) : null);
      const month = (value: string | null) =>
        value
          ? new Intl.DateTimeFormat(locale, {
              year: "numeric",
              month: "long",
              timeZone: "UTC",
            }).format(new Date(`${value}-01T00:00:00Z`))
          : null;
      const p = resume.personal;
      const pr = resume.preferences;
      const amount = (value: number | null) =>
        value === null
          ? null
          : new Intl.NumberFormat(locale, {
              style: "currency",
              currency: pr.desiredSalaryCurrency ?? "JPY",
              maximumFractionDigits: 0,
            }).format(value);
      return {
        fullName: [p.lastName, p.middleName, p.firstName].filter(Boolean).join(" "),
        personal: [
          ["personal.birthDate", p.birthDate],
          ["personal.nationality", name(countries, p.nationality)],
          ["personal.residenceCountry", name(countries, p.residenceCountry)],
          ["personal.residenceRegion", name(prefectures, p.residenceRegion)],
          ["personal.phone", p.phone ? formatPhone(p.phone) : null],
          ["personal.visaStatus", name(visaStatuses, p.visaStatus)],
        ].filter((row): row is [string, string] => Boolean(row[1])),
        summary: { ...resume.summary, careerLevel: name(careerLevels, resume.summary.careerLevel) },
        experiences: resume.experiences.map((job) => ({
          title: job.title,
          employerName: job.employerName,
          from: month(job.startMonth)!,
          to: job.isCurrent ? null : month(job.endMonth),
          description: job.description,
        })),
        educations: resume.educations.map((entry) => ({
          institution: entry.institution,
          details: [name(educationLevels, entry.level), entry.fieldOfStudy]
            .filter(Boolean)
            .join(" · "),
          period: [month(entry.startMonth), month(entry.endMonth)].filter(Boolean).join(" – "),
        })),
        languages: resume.languages.map((l) => ({
          language: name(languages, l.language)!,
          level: name(languageLevels, l.level)!,
        })),
        skills: resume.skills,
        preferences: [
          [
            "print.jobTypes",
            pr.desiredJobTypes.map((code) => name(employmentTypes, code)).join(", "),
          ],
          [
            "print.locations",
            pr.desiredLocations.map((code) => name(desiredLocations, code)).join(", "),
          ],
          [
            "print.salary",
            pr.desiredSalaryMin !== null || pr.desiredSalaryMax !== null
              ? `${[amount(pr.desiredSalaryMin), amount(pr.desiredSalaryMax)].filter(Boolean).join(" – ")} (${name(salaryPeriods, pr.desiredSalaryPeriod) ?? ""})`
              : null,
          ],
          ["print.availability", name(availabilities, pr.availability)],
          ["print.availableFrom", pr.availableFrom],
        ].filter((row): row is [string, string] => Boolean(row[1])),
        referees: resume.referees.map((referee) => ({
          name: referee.name,
          details: [referee.relationship, referee.organisation].filter(Boolean).join(", "),
          contact: [referee.email, referee.phone ? formatPhone(referee.phone) : null]
            .filter(Boolean)
            .join(" · "),
          attestedOn: formatDay(locale, referee.consentAttestedAt),
        })),
      };
    },
    "print.title",
  );
}

export const meta = pageMeta;

export default function PrintableResume() {
  const data = useLoaderData<typeof loader>();
  const { t } = useTranslation("resume");
  return (
    <article className="resume-print mx-auto grid max-w-3xl gap-6 px-4 py-10 text-ink print:max-w-none print:p-0 print:text-black">
      <p className="flex flex-wrap gap-4 text-sm print:hidden">
        <Link
          to="/resume"
          className="font-medium text-accent-strong underline-offset-4 hover:underline"
        >
          {t("print.back")}
        </Link>
        <span className="text-ink-muted">{t("print.hint")}</span>
      </p>
      <header className="grid gap-1 border-b border-line pb-4">
        <h1 className="text-3xl font-bold break-words">{data.fullName || t("print.title")}</h1>
        {data.summary.headline ? <p className="text-lg">{data.summary.headline}</p> : null}
      </header>
      <PrintSection id="personal" title={t("sections.personal.title")}>
        <Facts rows={data.personal.map(([key, value]) => [t(key as "personal.phone"), value])} />
      </PrintSection>
      <PrintSection id="summary" title={t("sections.summary.title")}>
        {data.summary.summary ? (
          <p className="whitespace-pre-line text-sm">{data.summary.summary}</p>
        ) : null}
        {data.summary.careerLevel ? (
          <p className="text-sm">
            <span className="font-medium">{t("summary.careerLevel")}:</span>{" "}
            {data.summary.careerLevel}
          </p>
        ) : null}
      </PrintSection>
      <PrintSection id="experience" title={t("sections.experience.title")}>
        <ol className="grid gap-3 text-sm">
          {data.experiences.map((job, index) => (
            <li key={index} className="grid gap-0.5">
              <p className="font-semibold">
                {job.title} — {job.employerName}
              </p>
              <p className="text-ink-muted print:text-black">
                {job.from} – {job.to ?? t("print.present")}
              </p>
              {job.description ? <p className="whitespace-pre-line">{job.description}</p> : null}
            </li>
          ))}
        </ol>
      </PrintSection>
      <PrintSection id="education" title={t("sections.education.title")}>
        <ol className="grid gap-3 text-sm">
          {data.educations.map((entry, index) => (
            <li key={index} className="grid gap-0.5">
              <p className="font-semibold">{entry.institution}</p>
              {entry.details ? <p>{entry.details}</p> : null}
              {entry.period ? (
                <p className="text-ink-muted print:text-black">{entry.period}</p>
              ) : null}
            </li>
          ))}
        </ol>
      </PrintSection>
      <PrintSection id="languages" title={t("sections.languages.title")}>
        <ul className="text-sm">
          {data.languages.map((l) => (
            <li key={l.language}>
              {l.language} — {l.level}
            </li>
          ))}
        </ul>
      </PrintSection>
      <PrintSection id="skills" title={t("sections.skills.title")}>
        <ul className="text-sm">
          {data.skills.skills.map((s) => (
            <li key={s.name}>
              {s.name}
              {s.years !== null ? ` — ${t("print.years", { count: s.years })}` : null}
            </li>
          ))}
        </ul>
        {data.skills.certifications.length > 0 ? (
          <>
            <h3 className="mt-2 text-sm font-semibold">{t("skills.certificationsHeading")}</h3>
            <ul className="text-sm">
              {data.skills.certifications.map((c, index) => (
                <li key={index}>{[c.name, c.issuer, c.issuedOn].filter(Boolean).join(" · ")}</li>
              ))}
            </ul>
          </>
        ) : null}
      </PrintSection>
      <PrintSection id="preferences" title={t("sections.preferences.title")}>
        <Facts rows={data.preferences.map(([key, value]) => [t(key as "print.salary"), value])} />
      </PrintSection>
      {data.referees.length > 0 ? (
        <PrintSection id="referees" title={t("sections.referees.title")}>
          <ul className="grid gap-2 text-sm">
            {data.referees.map((referee, index) => (
              <li key={index} className="grid gap-0.5">
                <p className="font-semibold">{referee.name}</p>
                {referee.details ? <p>{referee.details}</p> : null}
                {referee.contact ? <p>{referee.contact}</p> : null}
                <p className="text-xs text-ink-muted print:text-black">
                  {t("referees.consentAttestedOn", { date: referee.attestedOn })}
                </p>
              </li>
            ))}
          </ul>
        </PrintSection>
      ) : null}
    </article>
  );
}

function Facts({ rows }: { rows: [string, string][] }) {
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-1 text-sm">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="font-medium">{label}</dt>
          <dd className="break-words">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function PrintSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`print-${id}`} className="grid gap-2 break-inside-avoid">
      <h2 id={`print-${id}`} className="text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}
