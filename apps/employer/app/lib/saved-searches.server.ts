import { data, redirect } from "@remix-run/node";
import {
  appErrorOf,
  DISPLAY_TIME_ZONE,
  parseForm,
  readForm,
  textField,
  trpcCodeOf,
  type SignedIn,
} from "@tsunagu/app-kit";
import {
  ALERT_FREQUENCIES,
  createSavedSearchInput,
  deleteSavedSearchInput,
  renameSavedSearchInput,
  SAVED_SEARCHES_PER_MEMBER,
  setSavedSearchAlertInput,
  type AlertFrequency,
} from "@tsunagu/schemas/saved-searches";
import { kit } from "./kit.server";
import { describeFilters } from "./search.server";
import { callEmployerApi } from "./trpc.server";

type Translate = (key: string, options?: Record<string, unknown>) => string;

const SORT_LABEL_KEYS = {
  relevance: "search.sortRelevance",
  recent: "search.sortRecent",
  experience: "search.sortExperience",
} as const;

function dateFormatFor(locale: string) {
  return new Intl.DateTimeFormat(locale, {
    year: "numeric",
    month: "short",
    day: "numeric",
    timeZone: DISPLAY_TIME_ZONE,
  });
}

/** F12: the member's saved searches, each summarised in the page's language. */
export async function loadSavedSearchesPage(request: Request, { user }: SignedIn) {
  if (!user.membership) throw data(null, { status: 403 });
  const { api } = await callEmployerApi(request);
  const [saved, locale, t, tEmployer] = await Promise.all([
    api.savedSearches.list().catch((error: unknown) => {
      throw data(null, { status: trpcCodeOf(error) === "FORBIDDEN" ? 403 : 500 });
    }),
    kit.detectLocale(request),
    kit.translator(request, "savedSearches"),
    kit.translator(request, "employer"),
  ]);
  const tt = t as unknown as Translate;
  const te = tEmployer as unknown as Translate;
  const format = dateFormatFor(locale);
  return {
    title: t("title"),
    limit: SAVED_SEARCHES_PER_MEMBER,
    frequencies: ALERT_FREQUENCIES,
    searches: saved.map((entry) => {
      const search = { query: entry.query, filters: entry.filters, sort: entry.sort, page: 0 };
      const filters = describeFilters(search, locale, te);
      const summary = [
        ...(entry.query ? [tt("query", { query: entry.query })] : []),
        ...filters,
        ...(entry.sort !== "relevance"
          ? [tt("sortedBy", { sort: te(SORT_LABEL_KEYS[entry.sort]) })]
          : []),
      ];
      return {
        id: entry.id,
        name: entry.name,
        summary: summary.length > 0 ? summary : [tt("anyCandidate")],
        runHref: entry.search ? `/search?${entry.search}` : "/search",
        alertFrequency: entry.alertFrequency,
        savedOn: format.format(entry.createdAt),
        lastAlerted:
          entry.alertFrequency !== "OFF" && entry.lastAlertedAt
            ? format.format(entry.lastAlertedAt)
            : null,
      };
    }),
  };
}

type Intent = "create" | "rename" | "setAlert" | "delete";

/** A refusal from the API as the form shows it: at the name field, or above the form. */
async function problemOf(request: Request, error: unknown) {
  const appError = appErrorOf(error);
  const t = (await kit.translator(request, "savedSearches")) as unknown as Translate;
  const key = appError?.fieldProblem?.key;
  if (key === "savedSearchNameTaken" || key === "savedSearchLimit") {
    return { field: "name", message: t(`problems.${key}`, appError?.fieldProblem?.params) };
  }
  if (appError?.code === "NOT_FOUND" || trpcCodeOf(error) === "NOT_FOUND") {
    return { field: null, message: t("problems.notFound") };
  }
  if (!appError) {
    // The code only: no name or query reaches the log.
    console.error(`Saved search action failed: ${trpcCodeOf(error) ?? "error"}`);
  }
  return { field: null, message: t("problems.failed") };
}

/**
 * The page's forms, and the search page's "Save this search" (intent=create), which returns to
 * the search with a notice when saved and otherwise shows this page with the refusal.
 */
export async function runSavedSearchesAction(request: Request, { user }: SignedIn) {
  kit.assertSameOrigin(request);
  if (!user.membership) throw data(null, { status: 403 });
  const intent = textField(await readForm(request.clone()), "intent") as Intent;
  const schema = {
    create: createSavedSearchInput,
    rename: renameSavedSearchInput,
    setAlert: setSavedSearchAlertInput,
    delete: deleteSavedSearchInput,
  }[intent];
  if (!schema) throw data("Unknown action.", { status: 400 });
  const [{ api }, locale] = await Promise.all([
    callEmployerApi(request),
    kit.detectLocale(request),
  ]);
  const { form, submission } = await parseForm(request, schema, locale);
  const id = textField(form, "id");
  if (submission.status !== "success") {
    return { intent, id, result: submission.reply(), search: textField(form, "search") };
  }
  const value = submission.value as Record<string, string>;
  try {
    switch (intent) {
      case "create": {
        const saved = await api.savedSearches.create({
          name: value.name!,
          search: value.search ?? "",
        });
        const params = new URLSearchParams(saved.search);
        params.set("saved", saved.name);
        throw redirect(`/search?${params.toString()}`);
      }
      case "rename": {
        const renamed = await api.savedSearches.rename({ id: value.id!, name: value.name! });
        return { intent, id, result: submission.reply({ resetForm: true }), done: renamed.name };
      }
      case "setAlert": {
        const updated = await api.savedSearches.setAlert({
          id: value.id!,
          alertFrequency: value.alertFrequency as AlertFrequency,
        });
        return {
          intent,
          id,
          result: submission.reply(),
          done: updated.name,
          frequency: updated.alertFrequency,
        };
      }
      case "delete": {
        const name = textField(form, "name");
        await api.savedSearches.delete({ id: value.id! });
        return { intent, id, result: submission.reply(), done: name };
      }
    }
  } catch (error) {
    if (error instanceof Response) throw error;
    const problem = await problemOf(request, error);
    return {
      intent,
      id,
      search: textField(form, "search"),
      result: submission.reply(
        problem.field
          ? { fieldErrors: { [problem.field]: [problem.message] } }
          : { formErrors: [problem.message] },
      ),
    };
  }
}
