import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { JOB_ALERT_FREQUENCIES } from "@tsunagu/schemas/job-alerts";
import { Alert, Badge, Button, Card, EmptyState, Field, Input, Select } from "@tsunagu/ui";
import { pageMeta } from "@tsunagu/ui/remix";
import { employmentTypes } from "@tsunagu/vocab";
import { useTranslation } from "react-i18next";
import { alertOffer } from "~/lib/job-alerts.server";
import { jobFacts, locationLabel } from "~/lib/job-labels.server";
import {
  isNarrowed,
  JAPANESE_LEVELS,
  jobSearchFilters,
  jobSearchHref,
  readJobSearch,
} from "~/lib/job-search";
import { kit } from "~/lib/kit.server";
import { appErrorOf, publicApi } from "~/lib/seeker-api.server";

export const handle = { i18n: ["jobs"] };

const PAGE_SIZE = 20;

/** F5: public job search. Works without sign-in and without JavaScript. */
export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const search = readJobSearch(url.searchParams);
  const [api, t, locale, signedIn] = await Promise.all([
    publicApi(request),
    kit.translator(request, "jobs"),
    kit.detectLocale(request),
    kit.getOptionalUser(request),
  ]);
  const title = search.q ? t("search.titleWithQuery", { query: search.q }) : t("search.title");
  // F8: the offer to save this search as an alert; a visitor signs in and comes back here.
  const alert = {
    ...alertOffer(search, locale, t as unknown as (key: string) => string),
    signedIn: signedIn !== null,
    signInHref: `/sign-in?${new URLSearchParams({ redirectTo: `${url.pathname}${url.search}` })}`,
  };
  let result;
  try {
    result = await api.jobs.search({
      query: search.q,
      filters: jobSearchFilters(search),
      sort: search.sort,
      page: search.page - 1,
      pageSize: PAGE_SIZE,
    });
  } catch (error) {
    if (appErrorOf(error)?.code === "SEARCH_UNAVAILABLE") {
      return { title, search, unavailable: true as const, locale, alert };
    }
    throw error;
  }
  const jobs = result.jobs.map((job) => ({
    id: job.id,
    title: job.title,
    companyName: job.companyName,
    visaSupport: job.visaSupport,
    ...jobFacts(job, locale),
  }));
  const facet = (name: string) => result.facets[name] ?? {};
  const locations = Object.entries(facet("location"))
    .map(([value, count]) => ({ value, label: locationLabel(value, locale), count }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
  if (search.location && !locations.some((l) => l.value === search.location)) {
    locations.unshift({
      value: search.location,
      label: locationLabel(search.location, locale),
      count: 0,
    });
  }
  const types = employmentTypes.codes.map((code) => ({
    value: code as string,
    label: employmentTypes.label(code, locale),
    count: facet("employmentType")[code] ?? 0,
  }));
  const japaneseLevels = JAPANESE_LEVELS.map((level) => ({
    value: level as string,
    count: facet("japaneseLevel")[level] ?? 0,
  }));
  const pages = Math.max(1, Math.ceil(Math.min(result.estimatedTotalHits, 1000) / PAGE_SIZE));
  return {
    title,
    search,
    unavailable: false as const,
    locale,
    alert,
    jobs,
    total: result.estimatedTotalHits,
    pages,
    facets: { locations, types, visa: facet("visaSupport")["true"] ?? 0, japaneseLevels },
  };
}

export const meta = pageMeta;

export default function JobSearch() {
  const data = useLoaderData<typeof loader>();
  const { t } = useTranslation("jobs");
  const { search } = data;
  const hasSearch = isNarrowed(search);
  return (
    <div className="mx-auto grid max-w-6xl gap-6 px-4 py-10 sm:px-6">
      <header className="grid gap-2">
        <h1 className="text-3xl font-bold tracking-tight text-ink">{t("search.title")}</h1>
        <p className="text-ink-muted">{t("search.lead")}</p>
      </header>
      <Form
        method="get"
        role="search"
        className="grid gap-6 lg:grid-cols-[18rem_1fr]"
        aria-label={t("search.formLabel")}
      >
        <Card className="grid content-start gap-4">
          <h2 className="text-lg font-semibold text-ink">{t("search.filters")}</h2>
          <Field label={t("search.location")} id="search-location">
            <Select name="location" defaultValue={search.location ?? ""}>
              <option value="">{t("search.anyLocation")}</option>
              {data.unavailable
                ? null
                : data.facets.locations.map((l) => (
                    <option key={l.value} value={l.value}>
                      {t("search.withCount", { label: l.label, count: l.count })}
                    </option>
                  ))}
            </Select>
          </Field>
          <fieldset className="grid gap-2">
            <legend className="mb-1 text-sm font-medium text-ink">
              {t("search.employmentType")}
            </legend>
            {(data.unavailable ? [] : data.facets.types).map((type) => (
              <label key={type.value} className="flex items-center gap-2 text-sm text-ink">
                <input
                  type="checkbox"
                  name="type"
                  value={type.value}
                  defaultChecked={search.type.includes(type.value)}
                />
                {t("search.withCount", { label: type.label, count: type.count })}
              </label>
            ))}
          </fieldset>
          <label className="flex items-center gap-2 text-sm text-ink">
            <input type="checkbox" name="visa" value="yes" defaultChecked={Boolean(search.visa)} />
            {data.unavailable
              ? t("search.visa")
              : t("search.withCount", { label: t("search.visa"), count: data.facets.visa })}
          </label>
          <Field
            label={t("search.japaneseLevel")}
            description={t("search.japaneseLevelHelp")}
            id="search-jlpt"
          >
            <Select name="jlpt" defaultValue={search.jlpt ?? ""}>
              <option value="">{t("search.anyJapaneseLevel")}</option>
              {(data.unavailable ? [] : data.facets.japaneseLevels).map((level) => {
                const label =
                  level.value === "NONE"
                    ? t("search.japaneseLevelNone")
                    : t("search.japaneseLevelOption", { level: level.value.replace("JLPT_", "") });
                return (
                  <option key={level.value} value={level.value}>
                    {t("search.withCount", { label, count: level.count })}
                  </option>
                );
              })}
            </Select>
          </Field>
          <Field label={t("search.salary")} description={t("search.salaryHelp")} id="search-salary">
            <Input
              name="salary"
              type="number"
              inputMode="numeric"
              min={0}
              step={10000}
              defaultValue={search.salary ?? ""}
            />
          </Field>
        </Card>
        <div className="grid content-start gap-4">
          <div className="grid gap-3 sm:grid-cols-[1fr_auto_auto] sm:items-end">
            <Field label={t("search.query")} id="search-q">
              <Input
                name="q"
                type="search"
                defaultValue={search.q}
                placeholder={t("search.queryPlaceholder")}
              />
            </Field>
            <Field label={t("search.sort")} id="search-sort">
              <Select name="sort" defaultValue={search.sort}>
                <option value="relevance">{t("search.sortRelevance")}</option>
                <option value="recent">{t("search.sortRecent")}</option>
                <option value="salary">{t("search.sortSalary")}</option>
              </Select>
            </Field>
            <Button type="submit">{t("search.submit")}</Button>
          </div>
          {data.unavailable ? (
            <Alert tone="warning" title={t("search.unavailableTitle")}>
              {t("search.unavailable")}
            </Alert>
          ) : data.jobs.length === 0 ? (
            hasSearch ? (
              <EmptyState title={t("search.noResultsTitle")} description={t("search.noResults")} />
            ) : (
              <EmptyState title={t("search.emptyTitle")} description={t("search.empty")} />
            )
          ) : (
            <section aria-labelledby="search-results" className="grid gap-4">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <h2 id="search-results" className="text-lg font-semibold text-ink">
                  {t("search.results", { count: data.total })}
                </h2>
                <a href="#job-alert" className="text-sm font-medium text-accent-strong underline">
                  {t("alerts.offer.submit")}
                </a>
              </div>
              <ul className="grid gap-4">
                {data.jobs.map((job) => (
                  <li key={job.id}>
                    <Card className="grid gap-2">
                      <h3 className="text-lg font-semibold text-ink">
                        <Link to={`/jobs/${job.id}`} className="underline-offset-4 hover:underline">
                          {job.title}
                        </Link>
                      </h3>
                      <p className="text-sm text-ink-muted">
                        {job.companyName} · {job.location} · {job.employmentType}
                      </p>
                      {job.salary ? <p className="text-sm text-ink">{job.salary}</p> : null}
                      {job.visaSupport ? (
                        <div>
                          <Badge tone="success">{t("search.visaBadge")}</Badge>
                        </div>
                      ) : null}
                    </Card>
                  </li>
                ))}
              </ul>
              {data.pages > 1 ? (
                <nav
                  aria-label={t("search.pagination")}
                  className="flex items-center justify-between gap-2"
                >
                  {search.page > 1 ? (
                    <Link
                      to={jobSearchHref(search, search.page - 1)}
                      className="underline"
                      rel="prev"
                    >
                      {t("search.previous")}
                    </Link>
                  ) : (
                    <span />
                  )}
                  <span className="text-sm text-ink-muted">
                    {t("search.pageOf", { page: search.page, pages: data.pages })}
                  </span>
                  {search.page < data.pages ? (
                    <Link
                      to={jobSearchHref(search, search.page + 1)}
                      className="underline"
                      rel="next"
                    >
                      {t("search.next")}
                    </Link>
                  ) : (
                    <span />
                  )}
                </nav>
              ) : null}
            </section>
          )}
        </div>
      </Form>
      <JobAlertOffer />
    </div>
  );
}

/** F8: "Save this search as an alert" — a plain POST form, so it works without JavaScript. */
function JobAlertOffer() {
  const { alert } = useLoaderData<typeof loader>();
  const { t } = useTranslation("jobs");
  return (
    <Card className="grid gap-3" aria-labelledby="job-alert">
      <div className="grid gap-1">
        <h2 id="job-alert" className="text-lg font-semibold text-ink">
          {t("alerts.offer.title")}
        </h2>
        <p className="text-sm text-ink-muted">{t("alerts.offer.lead")}</p>
      </div>
      {alert.signedIn ? (
        <Form
          method="post"
          action="/jobs/alerts"
          className="grid gap-3 sm:grid-cols-[1fr_auto_auto] sm:items-end"
        >
          <input type="hidden" name="intent" value="create" />
          <input type="hidden" name="search" value={alert.search} />
          <Field label={t("alerts.name")} id="job-alert-name">
            <Input name="name" required maxLength={100} defaultValue={alert.name} />
          </Field>
          <Field label={t("alerts.frequencyField")} id="job-alert-frequency">
            <Select name="frequency" defaultValue="WEEKLY">
              {JOB_ALERT_FREQUENCIES.map((frequency) => (
                <option key={frequency} value={frequency}>
                  {t(`alerts.frequency.${frequency}`)}
                </option>
              ))}
            </Select>
          </Field>
          <Button type="submit" variant="outline">
            {t("alerts.offer.submit")}
          </Button>
        </Form>
      ) : (
        <p>
          <Link to={alert.signInHref} className="font-medium text-accent-strong underline">
            {t("alerts.offer.signIn")}
          </Link>
        </p>
      )}
      {alert.signedIn ? (
        <p className="text-sm">
          <Link to="/jobs/alerts" className="text-accent-strong underline">
            {t("alerts.offer.manage")}
          </Link>
        </p>
      ) : null}
    </Card>
  );
}
