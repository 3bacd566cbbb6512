import { readForm, textField, type FormOutcome } from "@tsunagu/app-kit";
import {
  createJobAlertForm,
  deleteJobAlertForm,
  JOB_ALERT_FREQUENCIES,
  JOB_ALERTS_PER_SEEKER,
  renameJobAlertForm,
  setJobAlertFrequencyForm,
} from "@tsunagu/schemas/job-alerts";
import { employmentTypes, type UiLocale } from "@tsunagu/vocab";
import { locationLabel } from "./job-labels.server";
import { jobSearchFilters, readJobSearch, type JobSearch } from "./job-search";
import { kit } from "./kit.server";
import { formatDate, runIntent, saveForm, seekerApi } from "./seeker-api.server";

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** The parts of a search in the reader's language: the words, then each filter. */
export function describeJobSearch(search: JobSearch, locale: UiLocale, t: Translate): string[] {
  return [
    ...(search.q ? [t("alerts.summary.query", { query: search.q })] : []),
    ...(search.location ? [locationLabel(search.location, locale)] : []),
    ...search.type.map((type) => employmentTypes.label(type as never, locale)),
    ...(search.visa ? [t("search.visa")] : []),
    ...(search.salary !== undefined
      ? [t("alerts.summary.salary", { amount: search.salary.toLocaleString(locale) })]
      : []),
    ...(search.jlpt
      ? [
          search.jlpt === "NONE"
            ? t("search.japaneseLevelNone")
            : t("search.japaneseLevelOption", { level: search.jlpt.replace("JLPT_", "") }),
        ]
      : []),
  ];
}

/**
 * What "Save this search as an alert" on /jobs offers: the search as a query string (without
 * sort and page, which an alert does not keep) and a name made of its parts.
 */
export function alertOffer(search: JobSearch, locale: UiLocale, t: Translate) {
  const params = new URLSearchParams();
  if (search.q) params.set("q", search.q);
  if (search.location) params.set("location", search.location);
  for (const type of search.type) params.append("type", type);
  if (search.visa) params.set("visa", "yes");
  if (search.salary !== undefined) params.set("salary", String(search.salary));
  if (search.jlpt) params.set("jlpt", search.jlpt);
  const parts = [
    search.q,
    search.location ? locationLabel(search.location, locale) : "",
    ...search.type.map((type) => employmentTypes.label(type as never, locale)),
  ].filter(Boolean);
  const name = (parts.join(" · ") || t("alerts.defaultName")).slice(0, 100);
  return { search: params.toString(), name };
}

/** F8: the seeker's job alerts, each summarised in the page's language. */
export async function loadJobAlertsPage(request: Request) {
  const api = await seekerApi(request);
  const [{ alerts }, t, locale] = await Promise.all([
    api.jobs.alerts.list(),
    kit.translator(request, "jobs"),
    kit.detectLocale(request),
  ]);
  const tt = t as unknown as Translate;
  return {
    title: t("alerts.title"),
    limit: JOB_ALERTS_PER_SEEKER,
    frequencies: JOB_ALERT_FREQUENCIES,
    created: new URL(request.url).searchParams.get("created"),
    alerts: alerts.map((alert) => {
      const search = readJobSearch(new URLSearchParams(alert.search));
      const summary = describeJobSearch(search, locale, tt);
      return {
        id: alert.id,
        name: alert.name,
        frequency: alert.frequency,
        summary: summary.length > 0 ? summary : [tt("alerts.summary.anyJob")],
        runHref: alert.search ? `/jobs?${alert.search}&sort=recent` : "/jobs?sort=recent",
        savedOn: formatDate(locale, alert.createdAt),
        lastSent: alert.lastSentAt ? formatDate(locale, alert.lastSentAt) : null,
      };
    }),
  };
}

/**
 * The alerts page's forms, and /jobs' "Save this search as an alert" (intent=create): saved,
 * it opens the alerts page with a notice; refused (the limit), it shows the reason there with
 * the form to try again. Each form is validated with its shared schema.
 */
export async function runJobAlertsAction(request: Request) {
  const form = await readForm(request.clone());
  const id = textField(form, "id");
  // Each form's outcome told the same way: what the form shows, and the alert's name once done.
  const told = async <T extends { name: string; frequency?: "DAILY" | "WEEKLY" }>(
    outcome: Promise<FormOutcome<T>>,
  ): Promise<Told> => {
    const { result, done } = await outcome;
    return { result, done: done ? { name: done.name, frequency: done.frequency } : undefined };
  };
  const { intent, outcome } = await runIntent(request, {
    create: () => {
      const search = readJobSearch(new URLSearchParams(textField(form, "search")));
      return told(
        saveForm(request, createJobAlertForm, (api, value) =>
          api.jobs.alerts.create({
            name: value.name,
            frequency: value.frequency,
            query: search.q,
            filters: jobSearchFilters(search),
          }),
        ),
      );
    },
    rename: () =>
      told(
        saveForm(request, renameJobAlertForm, (api, value) =>
          api.jobs.alerts.rename({ id: value.id, name: value.name }),
        ),
      ),
    frequency: () =>
      told(
        saveForm(request, setJobAlertFrequencyForm, (api, value) =>
          api.jobs.alerts.setFrequency({ id: value.id, frequency: value.frequency }),
        ),
      ),
    delete: () =>
      told(
        saveForm(request, deleteJobAlertForm, async (api, value) => {
          await api.jobs.alerts.delete({ id: value.id });
          return { name: textField(form, "name") };
        }),
      ),
  });
  return { intent, id, search: textField(form, "search"), ...outcome };
}

interface Told {
  result: FormOutcome<unknown>["result"];
  done: { name: string; frequency: "DAILY" | "WEEKLY" | undefined } | undefined;
}
