import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import {
  Alert,
  Badge,
  Button,
  Card,
  CardTitle,
  EmptyState,
  Field,
  NarrowPage,
  Select,
} from "@tsunagu/ui";
import { FormErrors, getFormProps, TextField, useAppForm } from "@tsunagu/ui/forms";
import { pageMeta } from "@tsunagu/ui/remix";
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
                <SavedSearchCard
                  search={search}
                  reply={reply?.id === search.id ? reply : undefined}
                />
              </li>
            ))}
          </ul>
        </>
      )}
    </NarrowPage>
  );
}

function SavedSearchCard({ search, reply }: { search: SavedSearchRow; reply: Reply | undefined }) {
  const { t } = useTranslation("savedSearches");
  const { frequencies } = useLoaderData<typeof loader>();
  const submitting = useNavigation().state === "submitting";
  const rowErrors =
    reply && !("done" in reply) && reply.intent !== "rename" ? reply.result.error?.[""] : undefined;
  const alertId = `alert-${search.id}`;
  return (
    <Card className="grid gap-4">
      <div className="grid gap-2">
        <CardTitle level={2} className="[overflow-wrap:anywhere]">
          {search.name}
        </CardTitle>
        <ul className="flex flex-wrap gap-2" aria-label={t("title")}>
          {search.summary.map((part) => (
            <li key={part}>
              <Badge>{part}</Badge>
            </li>
          ))}
        </ul>
        <p className="text-xs text-ink-muted">
          {t("savedOn", { date: search.savedOn })}
          {search.lastAlerted ? ` · ${t("lastAlerted", { date: search.lastAlerted })}` : null}
        </p>
      </div>
      {rowErrors ? <Alert tone="danger">{rowErrors.join(" ")}</Alert> : null}

      <div className="flex flex-wrap items-end gap-3">
        <Button asChild>
          <Link to={search.runHref} aria-label={t("runLabel", { name: search.name })}>
            {t("run")}
          </Link>
        </Button>
        <Form method="post" className="flex flex-wrap items-end gap-2">
          <input type="hidden" name="intent" value="setAlert" />
          <input type="hidden" name="id" value={search.id} />
          <Field id={alertId} label={t("alertLabel", { name: search.name })}>
            <Select
              name="alertFrequency"
              defaultValue={search.alertFrequency}
              key={search.alertFrequency}
            >
              {frequencies.map((frequency) => (
                <option key={frequency} value={frequency}>
                  {t(`frequency.${frequency}`)}
                </option>
              ))}
            </Select>
          </Field>
          <Button type="submit" variant="outline" disabled={submitting}>
            {t("alertSave")}
          </Button>
        </Form>
      </div>
      <p className="text-xs text-ink-muted">{t("alertHelp")}</p>

      <div className="grid gap-3 border-t border-line pt-3 sm:grid-cols-2">
        <RenameForm search={search} reply={reply?.intent === "rename" ? reply : undefined} />
        <details className="text-sm">
          <summary className="cursor-pointer font-medium text-danger">
            {t("deleteLabel", { name: search.name })}
          </summary>
          <Form method="post" className="mt-3 grid gap-3">
            <input type="hidden" name="intent" value="delete" />
            <input type="hidden" name="id" value={search.id} />
            <input type="hidden" name="name" value={search.name} />
            <p>{t("deleteConfirm", { name: search.name })}</p>
            <div>
              <Button type="submit" variant="destructive" size="sm" disabled={submitting}>
                {t("deleteSubmit")}
              </Button>
            </div>
          </Form>
        </details>
      </div>
    </Card>
  );
}

function RenameForm({ search, reply }: { search: SavedSearchRow; reply: Reply | undefined }) {
  const { t } = useTranslation("savedSearches");
  const failed = reply !== undefined && !("done" in reply);
  const [form, fields] = useAppForm({
    schema: renameSavedSearchInput,
    id: `rename-${search.id}`,
    lastResult: failed ? reply.result : undefined,
    defaultValue: { id: search.id, name: search.name },
  });
  return (
    <details className="text-sm" open={failed}>
      <summary className="cursor-pointer font-medium text-accent-strong">
        {t("renameLabel", { name: search.name })}
      </summary>
      <Form method="post" {...getFormProps(form)} className="mt-3 grid gap-3">
        <FormErrors errors={form.errors} id={form.errorId} />
        <input type="hidden" name="intent" value="rename" />
        <input type="hidden" name="id" value={search.id} />
        <TextField field={fields.name} label={t("newName")} maxLength={100} />
        <div>
          <Button type="submit" variant="outline" size="sm">
            {t("renameSubmit")}
          </Button>
        </div>
      </Form>
    </details>
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
