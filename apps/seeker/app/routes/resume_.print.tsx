import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { formatPhone } from "@tsunagu/schemas";
import { careerLevels, countries, languageLevels, languages, visaStatuses, type UiLocale } from "@tsunagu/vocab";
import { pageMeta } from "@tsunagu/ui/remix";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { kit } from "~/lib/kit.server";
import { seekerApi } from "~/lib/seeker-api.server";

export const handle = { i18n: ["resume"] };

/** F2: the whole resume on one clean page, for printing or saving as PDF. Names resolved on the server. */
export async function loader({ request }: LoaderFunctionArgs) {
  const api = await seekerApi(request);
  const [resume, t, locale] = await Promise.all([
    api.resume.get(),
    kit.translator(request, "resume"),
    kit.detectLocale(request) as Promise<UiLocale>,
  ]);
  const name = <Code extends string>(vocabulary: { label(code: Code, locale: UiLocale): string }, code: string | null) =>
    code ? vocabulary.label(code as Code, locale) : null;
  const p = resume.personal;
  return {
    title: t("print.title"),
    fullName: [p.lastName, p.middleName, p.firstName].filter(Boolean).join(" "),
    personal: [
      [t("personal.birthDate"), p.birthDate],
      [t("personal.nationality"), name(countries, p.nationality)],
      [t("personal.residenceCountry"), name(countries, p.residenceCountry)],
      [t("personal.phone"), p.phone ? formatPhone(p.phone) : null],
      [t("personal.visaStatus"), name(visaStatuses, p.visaStatus)],
    ].filter((row): row is [string, string] => Boolean(row[1])),
    summary: { ...resume.summary, careerLevel: name(careerLevels, resume.summary.careerLevel) },
    languages: resume.languages.map((l) => ({ language: name(languages, l.language)!, level: name(languageLevels, l.level)! })),
    skills: resume.skills,
  };
}

export const meta = pageMeta;

export default function PrintableResume() {
  const data = useLoaderData<typeof loader>();
  const { t } = useTranslation("resume");
  return (
    <article className="mx-auto grid max-w-3xl gap-6 px-4 py-10 text-ink print:max-w-none print:p-0 print:text-black">
      <p className="flex flex-wrap gap-4 text-sm print:hidden">
        <Link to="/resume" className="font-medium text-accent-strong underline-offset-4 hover:underline">
          {t("print.back")}
        </Link>
        <span className="text-ink-muted">{t("print.hint")}</span>
      </p>
      <header className="grid gap-1 border-b border-line pb-4">
        <h1 className="text-3xl font-bold">{data.fullName || t("print.title")}</h1>
        {data.summary.headline ? <p className="text-lg">{data.summary.headline}</p> : null}
      </header>
      <PrintSection title={t("sections.personal.title")}>
        <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-1 text-sm">
          {data.personal.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="font-medium">{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </PrintSection>
      <PrintSection title={t("sections.summary.title")}>
        {data.summary.summary ? <p className="whitespace-pre-line text-sm">{data.summary.summary}</p> : null}
        {data.summary.careerLevel ? (
          <p className="text-sm">
            <span className="font-medium">{t("summary.careerLevel")}:</span> {data.summary.careerLevel}
          </p>
        ) : null}
      </PrintSection>
      <PrintSection title={t("sections.languages.title")}>
        <ul className="text-sm">
          {data.languages.map((l) => (
            <li key={l.language}>
              {l.language} — {l.level}
            </li>
          ))}
        </ul>
      </PrintSection>
      <PrintSection title={t("sections.skills.title")}>
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
                <li key={index}>
                  {[c.name, c.issuer, c.issuedOn].filter(Boolean).join(" · ")}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </PrintSection>
    </article>
  );
}

function PrintSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="grid gap-2 break-inside-avoid">
      <h2 className="text-lg font-semibold">{title}</h2>
      {children}
    </section>
  );
}
