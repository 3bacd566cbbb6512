import { Link, useRouteLoaderData } from "@remix-run/react";
import { Badge, Card } from "@tsunagu/ui";
import { useTranslation } from "react-i18next";
import { RESUME_SECTION_PAGES, sectionStatus } from "~/components/resume/sections";
import type { loader as resumeLoader } from "./resume";

/** The builder's overview: every section with whether it is done, and the way into it. */
export default function ResumeOverview() {
  const data = useRouteLoaderData<typeof resumeLoader>("routes/resume");
  const { t } = useTranslation("resume");
  if (!data) return null;
  const { missing, percent } = data.resume.completeness;
  return (
    <div className="grid gap-6">
      <header className="grid gap-2">
        <h1 className="text-3xl font-bold tracking-tight text-ink">{t("title")}</h1>
        <p className="max-w-3xl text-ink-muted">{t("lead")}</p>
        {percent === 100 ? (
          <p className="text-sm text-ink-muted">{t("completeness.done")}</p>
        ) : (
          <div className="grid gap-1 text-sm text-ink-muted">
            <p className="font-medium text-ink">
              {t("completeness.label", { percent })} · {t("completeness.todo")}:
            </p>
            <ul className="list-disc ps-5">
              {missing.map((key) => (
                <li key={key}>{t(`completeness.missing.${key}`)}</li>
              ))}
            </ul>
          </div>
        )}
        <p>
          <Link
            to="/resume/print"
            className="text-sm font-medium text-accent-strong underline-offset-4 hover:underline"
          >
            {t("print.link")}
          </Link>
        </p>
      </header>
      <ul className="grid gap-4 sm:grid-cols-2">
        {RESUME_SECTION_PAGES.map((section) => {
          const status = sectionStatus(section, missing);
          return (
            <li key={section.key} className="flex">
              <Card className="flex flex-1 flex-col gap-3">
                <div className="flex items-start justify-between gap-3">
                  <h2 className="text-lg font-semibold text-ink">
                    {t(`sections.${section.key}.title`)}
                  </h2>
                  <Badge tone={status === "complete" ? "success" : "neutral"}>
                    {t(`status.${status}`)}
                  </Badge>
                </div>
                <p className="text-sm text-ink-muted">{t(`sections.${section.key}.description`)}</p>
                <Link
                  to={section.path}
                  className="mt-auto text-sm font-medium text-accent-strong underline-offset-4 hover:underline"
                >
                  {t("edit")}
                  <span className="sr-only"> {t(`sections.${section.key}.title`)}</span>
                </Link>
              </Card>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
