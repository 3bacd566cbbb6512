import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Alert, CandidateView } from "@tsunagu/ui";
import { pageMeta } from "@tsunagu/ui/remix";
import { useTranslation } from "react-i18next";
import { candidateViewLabels, candidateViewModel } from "~/lib/candidate-view.server";
import { kit } from "~/lib/kit.server";
import { seekerApi } from "~/lib/seeker-api.server";

export const handle = { i18n: ["visibility"] };

const NEVER_SHOWN = [
  "names",
  "birthDate",
  "gender",
  "nationality",
  "contact",
  "address",
  "photo",
  "employers",
  "referees",
  "account",
] as const;

/** F4: the seeker's resume exactly as the search projection gives it to companies (R2). */
export async function loader({ request }: LoaderFunctionArgs) {
  const api = await seekerApi(request);
  const [preview, t, locale] = await Promise.all([
    api.visibility.preview(),
    kit.translator(request, "visibility"),
    kit.detectLocale(request),
  ]);
  return {
    visibility: preview.visibility,
    candidate: candidateViewModel(preview.candidate, locale, t),
    labels: candidateViewLabels(t),
    title: t("preview.title"),
  };
}

export const meta = pageMeta;

export default function PreviewPage() {
  const { visibility, candidate, labels } = useLoaderData<typeof loader>();
  const { t } = useTranslation("visibility");
  return (
    <div className="mx-auto grid max-w-3xl gap-6 px-4 py-10 sm:px-6">
      <header className="grid gap-2">
        <h1 className="text-2xl font-semibold text-ink">{t("preview.title")}</h1>
        <p className="text-ink-muted">{t("preview.description")}</p>
      </header>
      {visibility === "PRIVATE" ? (
        <Alert>
          {t("preview.private")}{" "}
          <Link to="/visibility" className="font-medium underline underline-offset-4">
            {t("preview.change")}
          </Link>
        </Alert>
      ) : null}
      <CandidateView candidate={candidate} labels={labels} />
      <section className="grid gap-2" aria-labelledby="never-heading">
        <h2 id="never-heading" className="text-lg font-semibold text-ink">
          {t("preview.never.heading")}
        </h2>
        <ul className="list-disc gap-1 pl-5 text-ink" aria-labelledby="never-heading">
          {NEVER_SHOWN.map((key) => (
            <li key={key}>{t(`preview.never.${key}`)}</li>
          ))}
        </ul>
        <p className="text-sm text-ink-muted">{t("preview.never.scrubbed")}</p>
      </section>
    </div>
  );
}
