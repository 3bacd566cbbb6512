import type { LoaderFunctionArgs } from "@remix-run/node";
import { NavLink, Outlet, useLoaderData } from "@remix-run/react";
import { cn } from "@tsunagu/ui";
import { pageMeta } from "@tsunagu/ui/remix";
import { useTranslation } from "react-i18next";
import { RESUME_SECTION_PAGES, sectionStatus } from "~/components/resume/sections";
import { kit } from "~/lib/kit.server";
import { seekerApi } from "~/lib/seeker-api.server";

export const handle = { i18n: ["resume"] };

/** The builder's frame: how complete the resume is and its sections, around the section shown. */
export async function loader({ request }: LoaderFunctionArgs) {
  const api = await seekerApi(request);
  const [resume, t] = await Promise.all([api.resume.get(), kit.translator(request, "resume")]);
  return { resume, title: t("title") };
}

export const meta = pageMeta;

export default function ResumeLayout() {
  const { resume } = useLoaderData<typeof loader>();
  const { t } = useTranslation("resume");
  const { percent, missing } = resume.completeness;
  return (
    <div className="mx-auto grid max-w-6xl gap-8 px-4 py-10 sm:px-6 lg:grid-cols-[16rem_minmax(0,1fr)]">
      <aside className="grid content-start gap-5">
        <div className="grid gap-2">
          <p className="text-sm font-semibold text-ink">{t("completeness.label", { percent })}</p>
          <div
            role="progressbar"
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={percent}
            aria-label={t("completeness.label", { percent })}
            className="h-2 overflow-hidden rounded-full bg-surface-muted"
          >
            <div className="h-full rounded-full bg-accent" style={{ width: `${percent}%` }} />
          </div>
        </div>
        <nav aria-label={t("nav.label")}>
          <ul className="flex flex-wrap gap-1 text-sm lg:grid">
            <li>
              <SectionLink to="/resume" end label={t("nav.overview")} />
            </li>
            {RESUME_SECTION_PAGES.map((section) => {
              const status = sectionStatus(section, missing);
              return (
                <li key={section.key}>
                  <SectionLink
                    to={section.path}
                    label={t(`sections.${section.key}.title`)}
                    status={t(`status.${status}`)}
                    complete={status === "complete"}
                  />
                </li>
              );
            })}
          </ul>
        </nav>
      </aside>
      <div className="min-w-0">
        <Outlet />
      </div>
    </div>
  );
}

function SectionLink({
  to,
  label,
  status,
  complete,
  end,
}: {
  to: string;
  label: string;
  status?: string;
  complete?: boolean;
  end?: boolean;
}) {
  return (
    <NavLink
      to={to}
      end={end}
      className={({ isActive }) =>
        cn(
          "flex items-center justify-between gap-3 whitespace-nowrap rounded-md px-3 py-2 text-ink-muted hover:bg-surface-muted hover:text-ink",
          isActive && "bg-accent-soft font-medium text-accent-strong",
        )
      }
    >
      <span>{label}</span>
      {status ? (
        <span className={cn("text-xs", complete ? "text-success" : "text-ink-muted")}>
          <span aria-hidden="true">{complete ? "✓" : "•"}</span>{" "}
          <span className="sr-only lg:not-sr-only">{status}</span>
        </span>
      ) : null}
    </NavLink>
  );
}
