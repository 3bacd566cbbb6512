import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { createDataRequestInput, DATA_REQUEST_KINDS } from "@tsunagu/schemas/privacy";
import { Alert, Badge, Button, Card } from "@tsunagu/ui";
import {
  FormErrors,
  getFormProps,
  SelectField,
  TextareaField,
  useAppForm,
} from "@tsunagu/ui/forms";
import { pageMeta } from "@tsunagu/ui/remix";
import { useTranslation } from "react-i18next";
import { PrivacyNav } from "~/components/privacy/privacy-nav";
import { loadRequestsPage, runRequestAction } from "~/lib/privacy.server";

export const handle = { i18n: ["privacy"] };

export async function loader({ request }: LoaderFunctionArgs) {
  return loadRequestsPage(request);
}

export async function action({ request }: ActionFunctionArgs) {
  return runRequestAction(request);
}

export const meta = pageMeta;

const OPEN = ["RECEIVED", "IN_PROGRESS", "NEEDS_REVIEW"];

/** F7: requests that need a person — a correction, an objection with reasons, a complaint. */
export default function DataRequestsPage() {
  const { requests } = useLoaderData<typeof loader>();
  const outcome = useActionData<typeof action>();
  const busy = useNavigation().state !== "idle";
  const { t } = useTranslation("privacy");
  const [form, fields] = useAppForm({
    schema: createDataRequestInput,
    lastResult: outcome?.sent ? null : outcome?.result,
    id: outcome?.sent ?? "new-request",
  });
  return (
    <div className="mx-auto grid max-w-3xl gap-6 px-4 py-10 sm:px-6">
      <header className="grid gap-2">
        <h1 className="text-2xl font-semibold text-ink">{t("requests.title")}</h1>
        <p className="text-ink-muted">{t("requests.lead")}</p>
      </header>
      <PrivacyNav />
      {outcome?.sent ? <Alert tone="success">{t("requests.sent")}</Alert> : null}
      <Card className="grid gap-4">
        <h2 className="text-lg font-semibold text-ink">{t("requests.formTitle")}</h2>
        <Form method="post" {...getFormProps(form)} className="grid gap-4">
          <FormErrors errors={form.errors} id={form.errorId} />
          <SelectField
            field={fields.kind}
            label={t("requests.kind")}
            placeholder={t("requests.kindPlaceholder")}
            options={DATA_REQUEST_KINDS.map((kind) => ({
              value: kind,
              label: t(`requests.kinds.${kind}`),
            }))}
          />
          <TextareaField
            field={fields.details}
            label={t("requests.details")}
            description={t("requests.detailsHelp")}
            rows={6}
          />
          <p className="text-sm text-ink-muted">{t("requests.deadlines")}</p>
          <div>
            <Button type="submit" disabled={busy}>
              {t("requests.submit")}
            </Button>
          </div>
        </Form>
      </Card>
      <Card className="grid gap-4">
        <h2 className="text-lg font-semibold text-ink">{t("requests.listTitle")}</h2>
        {requests.length === 0 ? (
          <p className="text-sm text-ink-muted">{t("requests.none")}</p>
        ) : (
          <ul className="grid gap-4" aria-label={t("requests.listTitle")}>
            {requests.map((r) => (
              <li
                key={r.id}
                className="grid gap-1 border-t border-line pt-4 first:border-t-0 first:pt-0"
              >
                <div className="flex flex-wrap items-center gap-2">
                  <span className="font-medium text-ink">
                    {t(`requests.kinds.${r.kind}` as "requests.kinds.COMPLAINT")}
                  </span>
                  <Badge tone={OPEN.includes(r.status) ? "accent" : "neutral"}>
                    {t(`requests.status.${r.status}` as "requests.status.RECEIVED")}
                  </Badge>
                </div>
                <p className="text-sm text-ink-muted">
                  {t("requests.dates", { received: r.receivedOn, due: r.dueOn })}
                </p>
                {r.details ? (
                  <p className="whitespace-pre-line text-sm text-ink">{r.details}</p>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
