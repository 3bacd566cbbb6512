import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData, useNavigation, useSubmit } from "@remix-run/react";
import { Alert, Badge, Button, Card, EmptyState, Field, Input, Select } from "@tsunagu/ui";
import { pageMeta } from "@tsunagu/ui/remix";
import { useEffect, useRef, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { VerificationNotice } from "~/components/verification-section";
import { kit } from "~/lib/kit.server";
import { loadSearchPage } from "~/lib/search.server";

export async function loader({ request }: LoaderFunctionArgs) {
  return loadSearchPage(request, await kit.requireUser(request));
}

export const meta = pageMeta;

export const handle = { i18n: ["savedSearches"] };

/** How long the query box waits after the last keystroke before it runs the search. */
const TYPING_DEBOUNCE_MS = 600;

/** F12: resume search. A GET form (works without JS); with JS, results follow the typing. */
export default function SearchPage() {
  const data = useLoaderData<typeof loader>();
  const { t } = useTranslation("employer");
  const { t: tSaved } = useTranslation("savedSearches");
  const submit = useSubmit();
  const navigation = useNavigation();
  const formRef = useRef<HTMLFormElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const resultsRef = useRef<HTMLUListElement>(null);
  const { search, usage } = data;
  const busy = navigation.state === "loading" && navigation.location?.pathname === "/search";

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  // Read when the timer fires, not when it was set.
  const navigationState = useRef(navigation.state);
  navigationState.current = navigation.state;

  /**
   * Runs the form's search, replacing the history entry: typing leaves no trail of prefixes.
   * A search still loading is let finish rather than cut off (cutting it off aborts its
   * response mid-stream, and the server has counted it anyway); the latest words follow it.
   */
  const runSoon = (delay: number) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      if (navigationState.current !== "idle") return runSoon(150);
      if (formRef.current) submit(formRef.current, { replace: true, preventScrollReset: true });
    }, delay);
  };

  /** Arrow keys and j/k move between results; Enter follows the focused link. */
  const onResultsKey = (event: KeyboardEvent<HTMLUListElement>) => {
    const links = [
      ...(resultsRef.current?.querySelectorAll<HTMLAnchorElement>("a[data-result]") ?? []),
    ];
    const current = links.indexOf(document.activeElement as HTMLAnchorElement);
    const down = event.key === "ArrowDown" || event.key === "j";
    const up = event.key === "ArrowUp" || event.key === "k";
    if (!down && !up) return;
    event.preventDefault();
    const next =
      current < 0 ? 0 : Math.min(links.length - 1, Math.max(0, current + (down ? 1 : -1)));
    links[next]?.focus();
  };

  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (target && /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName)) return;
      if (resultsRef.current?.contains(target)) return;
      if (event.key === "j" || event.key === "ArrowDown") {
        const first = resultsRef.current?.querySelector<HTMLAnchorElement>("a[data-result]");
        if (first && event.key === "j") {
          event.preventDefault();
          first.focus();
        }
      }
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);

  return (
    <div className="mx-auto grid max-w-6xl gap-6 px-4 py-10 sm:px-6">
      <header className="grid gap-2">
        <h1 className="text-3xl font-bold tracking-tight text-ink">{t("search.title")}</h1>
        <p className="text-ink-muted">{t("search.lead")}</p>
      </header>
      {data.savedName ? (
        <Alert tone="success">
          {tSaved("saved", { name: data.savedName })}{" "}
          <Link to="/searches" className="underline">
            {tSaved("nav")}
          </Link>
        </Alert>
      ) : null}

      {/* Without search (no plan, not verified) the allowances are all zero: the notice says why. */}
      {usage.searchIncluded ? (
        <Card className="grid gap-1 text-sm" aria-labelledby="quota-heading">
          <h2 id="quota-heading" className="font-semibold text-ink">
            {t("search.quota.title")}
          </h2>
          <p className="flex flex-wrap gap-x-4 gap-y-1 text-ink" data-testid="quota">
            <span>{t("search.quota.searchesToday", usage.searchesToday)}</span>
            <span>{t("search.quota.searchesMinute", usage.searchesThisMinute)}</span>
            <span>{t("search.quota.invitations", usage.invitationsThisMonth)}</span>
          </p>
          <p className="text-ink-muted">
            {t("search.quota.rule", { minutes: usage.recountMinutes })}
          </p>
        </Card>
      ) : null}

      <Form
        ref={formRef}
        method="get"
        role="search"
        aria-label={t("search.formLabel")}
        className="grid gap-6 lg:grid-cols-[18rem_1fr]"
        onChange={(event) => {
          // Keystrokes in the query box wait for a pause; a changed filter or sort runs at once.
          const typing = (event.target as HTMLElement).getAttribute("name") === "q";
          runSoon(typing ? TYPING_DEBOUNCE_MS : 50);
        }}
      >
        <Card className="order-2 grid content-start gap-4 lg:order-1">
          <h2 className="text-lg font-semibold text-ink">{t("search.filters")}</h2>
          {data.facetGroups.map((group) => (
            <fieldset key={group.name} className="grid gap-2">
              <legend className="mb-1 text-sm font-medium text-ink">{group.label}</legend>
              {group.values.map((value) => (
                <label
                  key={value.value}
                  className="flex items-center gap-2 text-sm text-ink [overflow-wrap:anywhere]"
                >
                  <input
                    type="checkbox"
                    name={group.name}
                    value={value.value}
                    defaultChecked={value.checked}
                  />
                  {t("search.withCount", { label: value.label, count: value.count })}
                </label>
              ))}
            </fieldset>
          ))}
          <Field label={t("search.jlpt")} id="search-jlpt">
            <Select name="jlptAtLeast" defaultValue={search.filters.jlptAtLeast ?? ""}>
              <option value="">{t("search.jlptAny")}</option>
              {data.jlptLevels.map(({ level, count }) => (
                <option key={level} value={level}>
                  {t("search.withCount", { label: t("search.jlptOption", { level }), count })}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t("search.minYears")} id="search-min-years">
            <Input
              name="minYearsOfExperience"
              type="number"
              inputMode="numeric"
              min={0}
              max={60}
              defaultValue={search.filters.minYearsOfExperience ?? ""}
            />
          </Field>
          <div>
            <Button type="submit" variant="outline">
              {t("search.applyFilters")}
            </Button>
          </div>
        </Card>

        <div className="order-1 grid content-start gap-4 lg:order-2">
          <div className="grid gap-3 sm:grid-cols-[1fr_auto_auto] sm:items-end">
            <Field label={t("search.query")} id="search-q">
              <Input
                name="q"
                type="search"
                defaultValue={search.query}
                placeholder={t("search.queryPlaceholder")}
                maxLength={200}
              />
            </Field>
            <Field label={t("search.sort")} id="search-sort">
              <Select name="sort" defaultValue={search.sort}>
                <option value="relevance">{t("search.sortRelevance")}</option>
                <option value="recent">{t("search.sortRecent")}</option>
                <option value="experience">{t("search.sortExperience")}</option>
              </Select>
            </Field>
            <Button type="submit">{t("search.submit")}</Button>
          </div>

          {data.chips.length > 0 ? (
            <section
              aria-label={t("search.chips.label")}
              className="flex flex-wrap items-center gap-2"
            >
              {data.chips.map((chip) => (
                <span
                  key={chip.key}
                  className="inline-flex items-center gap-1 rounded-full bg-accent-soft px-3 py-1 text-sm text-accent-strong"
                >
                  <span className="[overflow-wrap:anywhere]">{chip.label}</span>
                  <Link
                    to={chip.removeHref}
                    replace
                    preventScrollReset
                    aria-label={t("search.chips.remove", { label: chip.label })}
                    className="ml-1 inline-flex size-6 items-center justify-center rounded-full font-bold hover:bg-surface"
                  >
                    ×
                  </Link>
                </span>
              ))}
              <Link to={data.clearHref} className="text-sm underline underline-offset-4">
                {t("search.chips.clear")}
              </Link>
            </section>
          ) : null}

          {data.problem === "unverified" ? (
            <VerificationNotice />
          ) : data.problem === "plan-required" ? (
            <Alert tone="warning" title={t("search.planRequiredTitle")}>
              {t("search.planRequired")}{" "}
              <Link to="/billing" className="font-medium underline underline-offset-4">
                {t("search.planLink")}
              </Link>
            </Alert>
          ) : data.problem === "unavailable" ? (
            <Alert tone="warning" title={t("search.unavailableTitle")}>
              {t("search.unavailable")}
            </Alert>
          ) : data.problem === "rate-limited" ? (
            <Alert tone="warning" title={t("search.rateLimitedTitle")}>
              {t("search.rateLimited", { minutes: data.retryAfterMinutes ?? 1 })}
            </Alert>
          ) : data.problem === "too-deep" ? (
            <Alert tone="warning">{t("search.tooDeep")}</Alert>
          ) : data.candidates.length === 0 ? (
            <EmptyState title={t("search.noResultsTitle")} description={t("search.noResults")} />
          ) : (
            <section aria-labelledby="search-results" aria-busy={busy} className="grid gap-4">
              <div className="grid gap-1">
                <h2
                  id="search-results"
                  className="text-lg font-semibold text-ink"
                  aria-live="polite"
                >
                  {t("search.results", { count: data.total })}
                </h2>
                <p className="text-sm text-ink-muted">{t("search.resultsHelp")}</p>
              </div>
              <ul ref={resultsRef} className="grid gap-4" onKeyDown={onResultsKey}>
                {data.candidates.map((c) => (
                  <li key={c.id}>
                    <Card className="grid gap-2 focus-within:ring-2 focus-within:ring-accent">
                      <h3 className="text-lg font-semibold text-ink [overflow-wrap:anywhere]">
                        <Link
                          to={`/candidates/${c.id}`}
                          data-result
                          className="underline-offset-4 hover:underline focus:underline"
                        >
                          {c.headline ?? t("search.noHeadline")}
                        </Link>
                      </h3>
                      <p className="text-sm text-ink-muted">
                        {[
                          t("search.years", { count: c.yearsOfExperience }),
                          c.workAuthorization,
                          c.residenceRegion,
                          c.availability,
                          c.languages.join(", ") || null,
                        ]
                          .filter(Boolean)
                          .join(" · ")}
                      </p>
                      {c.summary ? (
                        <p className="text-sm text-ink [overflow-wrap:anywhere]">{c.summary}</p>
                      ) : null}
                      <div className="flex flex-wrap gap-2">
                        {c.jlptRank === 0 ? (
                          <Badge tone="accent">{t("search.nativeJapanese")}</Badge>
                        ) : null}
                        {c.jlptRank ? (
                          <Badge tone="accent">
                            {t("search.jlptBadge", { level: c.jlptRank })}
                          </Badge>
                        ) : null}
                        {c.skills.map((skill) => (
                          <Badge key={skill}>{skill}</Badge>
                        ))}
                      </div>
                    </Card>
                  </li>
                ))}
              </ul>
              {data.pages > 1 ? (
                <nav
                  aria-label={t("search.pagination")}
                  className="flex items-center justify-between gap-2"
                >
                  {data.prevHref ? (
                    <Link to={data.prevHref} className="underline" rel="prev">
                      {t("search.previous")}
                    </Link>
                  ) : (
                    <span />
                  )}
                  <span className="text-sm text-ink-muted">
                    {t("search.pageOf", { page: data.page + 1, pages: data.pages })}
                  </span>
                  {data.nextHref ? (
                    <Link to={data.nextHref} className="underline" rel="next">
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

      {data.problem !== "plan-required" && data.problem !== "unverified" ? (
        <Card className="grid gap-3">
          <h2 className="text-lg font-semibold text-ink">{t("search.save.title")}</h2>
          <Form
            method="post"
            action="/searches"
            className="grid gap-3 sm:grid-cols-[1fr_auto] sm:items-end"
          >
            <input type="hidden" name="intent" value="create" />
            <input type="hidden" name="search" value={data.queryString} />
            <Field label={t("search.save.name")} id="save-search-name">
              <Input name="name" required maxLength={100} defaultValue={search.query} />
            </Field>
            <Button type="submit" variant="outline">
              {t("search.save.submit")}
            </Button>
          </Form>
        </Card>
      ) : null}
    </div>
  );
}
