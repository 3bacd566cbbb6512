import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { domainBlockInput, pendingBlockInput } from "@tsunagu/schemas/visibility";
import { Badge, Button, Card, Field, Input } from "@tsunagu/ui";
import { FormErrors, getFormProps, TextField, useAppForm } from "@tsunagu/ui/forms";
import { pageMeta } from "@tsunagu/ui/remix";
import { useTranslation } from "react-i18next";
import { kit } from "~/lib/kit.server";
import { runBlocksAction } from "~/lib/visibility-blocks.server";
import { seekerApi } from "~/lib/seeker-api.server";

export const handle = { i18n: ["visibility"] };

/** F3: the block list. The picker is a GET search form, so it works without JavaScript. */
export async function loader({ request }: LoaderFunctionArgs) {
  const api = await seekerApi(request);
  const query = (new URL(request.url).searchParams.get("q") ?? "").trim().slice(0, 100);
  const [blocks, found, t] = await Promise.all([
    api.visibility.blocks(),
    query ? api.visibility.searchCompanies({ query }) : Promise.resolve(null),
    kit.translator(request, "visibility"),
  ]);
  return { blocks, query, found, title: t("blocks.title") };
}

export async function action({ request }: ActionFunctionArgs) {
  return runBlocksAction(request);
}

export const meta = pageMeta;

type Company = { id: string; name: string; slug: string; websiteHost: string | null };

function Identity({ company }: { company: Company }) {
  const { t } = useTranslation("visibility");
  return (
    <span className="grid min-w-0">
      <span className="font-medium text-ink [overflow-wrap:anywhere]">{company.name}</span>
      <span className="text-sm text-ink-muted [overflow-wrap:anywhere]">
        {company.websiteHost
          ? t("blocks.identity.website", { host: company.websiteHost })
          : t("blocks.identity.profile", { slug: company.slug })}
      </span>
    </span>
  );
}

function OneButton({
  intent,
  fields,
  label,
  variant,
}: {
  intent: string;
  fields: Record<string, string>;
  label: string;
  variant?: "secondary";
}) {
  return (
    <Form method="post" className="max-w-full">
      <input type="hidden" name="intent" value={intent} />
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {/* A long company name wraps instead of widening the page at 375 px. */}
      <Button
        type="submit"
        variant={variant}
        className="h-auto min-h-10 max-w-full whitespace-normal py-2 text-left [overflow-wrap:anywhere]"
      >
        {label}
      </Button>
    </Form>
  );
}

export default function BlocksPage() {
  const { blocks, query, found } = useLoaderData<typeof loader>();
  const outcome = useActionData<typeof action>();
  const { t } = useTranslation("visibility");
  const saving = useNavigation().state === "submitting";
  const blockedIds = new Set(blocks.companies.map((c) => c.id));
  const [domainForm, domainFields] = useAppForm({
    schema: domainBlockInput,
    lastResult: outcome?.intent === "block-domain" ? outcome.result : undefined,
    id: "domain-block",
  });
  const [nameForm, nameFields] = useAppForm({
    schema: pendingBlockInput,
    lastResult: outcome?.intent === "keep-name" ? outcome.result : undefined,
    // A new search is a new form: the name to keep starts as what was searched for.
    id: `keep-name-${formKeyOf(query)}`,
    defaultValue: { name: query },
  });

  return (
    <div className="mx-auto grid max-w-3xl gap-6 px-4 py-10 sm:px-6">
      <header className="grid gap-2">
        <h1 className="text-2xl font-semibold text-ink">{t("blocks.title")}</h1>
        <p className="text-ink-muted">{t("blocks.description")}</p>
        <p role="status" className="text-sm font-medium text-success">
          {outcome?.done ? t(`blocks.done.${outcome.intent}`) : null}
        </p>
      </header>

      <Card className="grid gap-4">
        <h2 className="text-lg font-semibold text-ink">{t("blocks.find.heading")}</h2>
        <Form method="get" className="flex flex-wrap items-end gap-3">
          <Field id="company-query" label={t("blocks.find.label")} className="min-w-0 flex-1">
            <Input id="company-query" name="q" type="search" defaultValue={query} maxLength={100} />
          </Field>
          <Button type="submit" variant="secondary">
            {t("blocks.find.submit")}
          </Button>
        </Form>
        {found ? (
          found.length > 0 ? (
            <ul className="grid gap-2" aria-label={t("blocks.find.results")}>
              {found.map((company) => (
                <li
                  key={company.id}
                  className="flex flex-wrap items-center justify-between gap-3 rounded-md border border-line p-3"
                >
                  <Identity company={company} />
                  {blockedIds.has(company.id) ? (
                    <Badge>{t("blocks.find.alreadyBlocked")}</Badge>
                  ) : (
                    <OneButton
                      intent="block"
                      fields={{ companyId: company.id }}
                      label={t("blocks.find.block", { name: company.name })}
                    />
                  )}
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-ink-muted">{t("blocks.find.none", { query })}</p>
          )
        ) : null}
        {found ? (
          <Form
            method="post"
            {...getFormProps(nameForm)}
            className="grid gap-3 border-t border-line pt-4"
          >
            <input type="hidden" name="intent" value="keep-name" />
            <p className="text-sm text-ink-muted">{t("blocks.keep.help")}</p>
            <FormErrors errors={nameForm.errors} id={nameForm.errorId} />
            <TextField field={nameFields.name} label={t("blocks.keep.label")} maxLength={200} />
            <div>
              <Button type="submit" variant="secondary" disabled={saving}>
                {t("blocks.keep.submit")}
              </Button>
            </div>
          </Form>
        ) : null}
      </Card>

      <Card className="grid gap-4">
        <h2 className="text-lg font-semibold text-ink">{t("blocks.companies.heading")}</h2>
        {blocks.companies.length === 0 ? (
          <p className="text-ink-muted">{t("blocks.companies.empty")}</p>
        ) : (
          <ul className="grid gap-2" aria-label={t("blocks.companies.heading")}>
            {blocks.companies.map((company) => (
              <li key={company.id} className="grid gap-2 rounded-md border border-line p-3">
                <div className="flex flex-wrap items-center justify-between gap-3">
                  <Identity company={company} />
                  <OneButton
                    intent="unblock"
                    fields={{ companyId: company.id }}
                    label={t("blocks.companies.unblock", { name: company.name })}
                    variant="secondary"
                  />
                </div>
                {company.isCurrentEmployer ? (
                  <p className="text-sm text-ink-muted">{t("blocks.companies.currentEmployer")}</p>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </Card>

      {blocks.pending.length > 0 ? (
        <Card className="grid gap-4">
          <h2 className="text-lg font-semibold text-ink">{t("blocks.pending.heading")}</h2>
          <p className="text-sm text-ink-muted">{t("blocks.pending.help")}</p>
          <ul className="grid gap-3">
            {blocks.pending.map((pending) => (
              <li key={pending.id} className="grid gap-2 rounded-md border border-line p-3">
                <div className="flex flex-wrap items-center justify-between gap-3">
                  <span className="font-medium text-ink [overflow-wrap:anywhere]">
                    {pending.name}
                  </span>
                  <OneButton
                    intent="remove-pending"
                    fields={{ pendingId: pending.id }}
                    label={t("blocks.pending.remove", { name: pending.name })}
                    variant="secondary"
                  />
                </div>
                {pending.matches.map((company) => (
                  <div key={company.id} className="grid gap-2 rounded-md bg-surface-muted p-3">
                    <p className="text-sm font-medium text-ink">{t("blocks.pending.meant")}</p>
                    <div className="flex flex-wrap items-center justify-between gap-3">
                      <Identity company={company} />
                      <OneButton
                        intent="confirm-pending"
                        fields={{ pendingId: pending.id, companyId: company.id }}
                        label={t("blocks.pending.confirm", { name: company.name })}
                      />
                    </div>
                  </div>
                ))}
              </li>
            ))}
          </ul>
        </Card>
      ) : null}

      <Card className="grid gap-4">
        <h2 className="text-lg font-semibold text-ink">{t("blocks.domains.heading")}</h2>
        <p className="text-sm text-ink-muted">{t("blocks.domains.help")}</p>
        {blocks.domains.length > 0 ? (
          <ul className="grid gap-2" aria-label={t("blocks.domains.heading")}>
            {blocks.domains.map((domain) => (
              <li
                key={domain}
                className="flex flex-wrap items-center justify-between gap-3 rounded-md border border-line p-3"
              >
                <span className="font-medium text-ink [overflow-wrap:anywhere]">{domain}</span>
                <OneButton
                  intent="unblock-domain"
                  fields={{ domain }}
                  label={t("blocks.domains.remove", { domain })}
                  variant="secondary"
                />
              </li>
            ))}
          </ul>
        ) : null}
        <Form method="post" {...getFormProps(domainForm)} className="grid gap-3">
          <input type="hidden" name="intent" value="block-domain" />
          <FormErrors errors={domainForm.errors} id={domainForm.errorId} />
          <TextField
            field={domainFields.domain}
            label={t("blocks.domains.label")}
            maxLength={253}
          />
          <div>
            <Button type="submit" disabled={saving}>
              {t("blocks.domains.submit")}
            </Button>
          </div>
        </Form>
      </Card>

      <section className="grid gap-2" aria-labelledby="limits-heading">
        <h2 id="limits-heading" className="text-lg font-semibold text-ink">
          {t("blocks.limits.heading")}
        </h2>
        <p className="text-ink-muted">{t("blocks.limits.body")}</p>
      </section>
    </div>
  );
}

/** A short id-safe key for a text (Conform keeps a form's values while its id stays the same). */
function formKeyOf(text: string): string {
  let hash = 0;
  for (const char of text) hash = (Math.imul(hash, 31) + (char.codePointAt(0) ?? 0)) | 0;
  return (hash >>> 0).toString(36);
}
