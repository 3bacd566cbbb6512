import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { Alert, Button, Card, EmptyState, NarrowPage } from "@tsunagu/ui";
import { FormErrors, getFormProps, TextField, useAppForm } from "@tsunagu/ui/forms";
import { pageMeta, RenameSavedSearch, SavedSearchCard } from "@tsunagu/ui/remix";
import { createSavedSearchInput, renameSavedSearchInput } from "@tsunagu/schemas/saved-searches";
import { useTranslation } from "react-i18next";
import { kit } from "~/lib/kit.server";
import { loadSavedSearchesPage, runSavedSearchesAction } from "~/lib/saved-searches.server";

export const handle = { i18n: ["savedSearches"] };

export async function loader({ request }: LoaderFunctionArgs) {
  return loadSavedSearchesPage(request, await kit.requireUser(request));
}

export async function action({ request }: ActionFunctionArgs) {
  return runSavedSearchesAction(request, await kit.requireUser(request));
}

export const meta = pageMeta;

type Loaded = ReturnType<typeof useLoaderData<typeof loader>>;
type SavedSearchRow = Loaded["searches"][number];
type Reply = ReturnType<typeof useActionData<typeof action>>;

/** F12: the member's saved searches: run, alert, rename, delete. */
export default function SavedSearches() {
  const { searches, limit } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const { t } = useTranslation("savedSearches");

  const notice =
    reply && "done" in reply && reply.done !== undefined
      ? reply.intent === "rename"
        ? t("renamed", { name: reply.done })
        : reply.intent === "delete"
          ? t("deleted", { name: reply.done })
          : reply.intent === "setAlert" && "frequency" in reply
            ? t(`alertSaved_${reply.frequency ?? "OFF"}`, { name: reply.done })
            : null
      : null;
  // A refusal of a row's own form is shown in that row; one of a gone row, up here.
  const pageProblem =
    reply &&
    !("done" in reply) &&
    reply.intent !== "create" &&
    !searches.some((s) => s.id === reply.id)
      ? reply.result.error?.[""]
      : undefined;

  return (
    <NarrowPage title={t("title")} lead={t("lead")} width="settings">
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      {pageProblem ? <Alert tone="danger">{pageProblem.join(" ")}</Alert> : null}
      {reply?.intent === "create" ? <CreateRetry reply={reply} /> : null}

      {searches.length === 0 ? (
        <EmptyState
          title={t("emptyTitle")}
          description={t("empty")}
          action={
            <Button asChild>
              <Link to="/search">{t("emptyAction")}</Link>
            </Button>
          }
        />
      ) : (
        <>
          <p className="text-sm text-ink-muted">{t("count", { count: searches.length, limit })}</p>
          <ul className="grid gap-4" aria-label={t("title")}>
            {searches.map((search) => (
              <li key={search.id}>
                <SearchCard search={search} reply={reply?.id === search.id ? reply : undefined} />
              </li>
            ))}
          </ul>
        </>
      )}
    </NarrowPage>
  );
}

function SearchCard({ search, reply }: { search: SavedSearchRow; reply: Reply | undefined }) {
  const { t } = useTranslation("savedSearches");
  const { frequencies } = useLoaderData<typeof loader>();
  const submitting = useNavigation().state === "submitting";
  const rowErrors =
    reply && !("done" in reply) && reply.intent !== "rename" ? reply.result.error?.[""] : undefined;
  const renameFailed = reply?.intent === "rename" && !("done" in reply) ? reply.result : undefined;
  return (
    <SavedSearchCard
      id={search.id}
      name={search.name}
      summary={search.summary}
      summaryLabel={t("title")}
      dates={`${t("savedOn", { date: search.savedOn })}${search.lastAlerted ? ` · ${t("lastAlerted", { date: search.lastAlerted })}` : ""}`}
      errors={rowErrors}
      runHref={search.runHref}
      submitting={submitting}
      frequency={{
        intent: "setAlert",
        field: "alertFrequency",
        value: search.alertFrequency,
        options: frequencies.map((value) => ({ value, label: t(`frequency.${value}`) })),
        label: t("alertLabel", { name: search.name }),
        submit: t("alertSave"),
        help: t("alertHelp"),
      }}
      labels={{
        run: t("run"),
        runLabel: t("runLabel", { name: search.name }),
        deleteLabel: t("deleteLabel", { name: search.name }),
        deleteConfirm: t("deleteConfirm", { name: search.name }),
        deleteSubmit: t("deleteSubmit"),
      }}
      rename={
        <RenameSavedSearch
          schema={renameSavedSearchInput}
          id={search.id}
          name={search.name}
          lastResult={renameFailed}
          labels={{
            summary: t("renameLabel", { name: search.name }),
            newName: t("newName"),
            submit: t("renameSubmit"),
          }}
        />
      }
    />
  );
}

/** The search page's save was refused (a name in use, the limit): say why, offer it again. */
function CreateRetry({ reply }: { reply: NonNullable<Reply> }) {
  const { t } = useTranslation("savedSearches");
  const search = "search" in reply ? (reply.search ?? "") : "";
  const [form, fields] = useAppForm({
    schema: createSavedSearchInput,
    id: "create-saved-search",
    lastResult: reply.result,
  });
  return (
    <Card className="grid gap-3">
      <Alert tone="danger" title={t("createFailedTitle")}>
        {t("createRetry")}
      </Alert>
      <Form method="post" {...getFormProps(form)} className="grid gap-3">
        <FormErrors errors={form.errors} id={form.errorId} />
        <input type="hidden" name="intent" value="create" />
        <input type="hidden" name="search" value={search} />
        <TextField field={fields.name} label={t("name")} maxLength={100} />
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit">{t("saveSubmit")}</Button>
          <Link to={search ? `/search?${search}` : "/search"} className="text-sm underline">
            {t("backToSearch")}
          </Link>
        </div>
      </Form>
    </Card>
  );
}
