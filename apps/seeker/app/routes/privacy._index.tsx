import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { MARKETING_PURPOSES, type ConsentPurposeCode } from "@tsunagu/schemas/privacy";
import { Alert, Badge, Button, Card } from "@tsunagu/ui";
import { FormErrors } from "@tsunagu/ui/forms";
import { pageMeta } from "@tsunagu/ui/remix";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { PrivacyNav } from "~/components/privacy/privacy-nav";
import { loadPrivacyCenterPage, runPrivacyCenterAction } from "~/lib/privacy.server";

export const handle = { i18n: ["privacy"] };

export async function loader({ request }: LoaderFunctionArgs) {
  return loadPrivacyCenterPage(request);
}

export async function action({ request }: ActionFunctionArgs) {
  return runPrivacyCenterAction(request);
}

export const meta = pageMeta;

type Data = Awaited<ReturnType<typeof loader>>;
type Purpose = Data["purposes"][number];

/** One button that posts its intent and values: every choice here is a single click. */
function ChoiceButton({
  intent,
  values,
  variant,
  children,
}: {
  intent: "consent" | "restriction" | "objection";
  values: Record<string, string>;
  variant?: "outline";
  children: ReactNode;
}) {
  const busy = useNavigation().state !== "idle";
  return (
    <Form method="post">
      <input type="hidden" name="intent" value={intent} />
      {Object.entries(values).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Button type="submit" size="sm" variant={variant} disabled={busy}>
        {children}
      </Button>
    </Form>
  );
}

function PurposeRow({ purpose, objected }: { purpose: Purpose; objected: boolean }) {
  const { t } = useTranslation("privacy");
  const code = purpose.purpose;
  const blocked = objected && (MARKETING_PURPOSES as readonly ConsentPurposeCode[]).includes(code);
  const headingId = `purpose-${code}`;
  return (
    <li className="grid gap-3 border-t border-line py-5 first:border-t-0 first:pt-0">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="grid max-w-xl gap-1">
          <h3 id={headingId} className="flex flex-wrap items-center gap-2 font-semibold text-ink">
            {t(`purpose.${code}.label`)}
            <Badge tone={purpose.granted ? "success" : "neutral"}>
              {purpose.granted ? t("consents.state.on") : t("consents.state.off")}
            </Badge>
          </h3>
          <p className="text-sm text-ink-muted">{t(`purpose.${code}.help`)}</p>
          <p className="text-sm text-ink-muted">
            {purpose.latest
              ? t("consents.since", {
                  date: purpose.latest.on,
                  source: t(`source.${purpose.latest.source}` as "source.SIGN_UP"),
                })
              : t("consents.never")}
          </p>
          {code === "SEARCHABLE_PROFILE" ? (
            <p className="text-sm text-ink-muted">
              {t("consents.searchableNote")}{" "}
              <Link
                to="/visibility"
                className="font-medium text-accent-strong underline underline-offset-4"
              >
                {t("consents.searchableLink")}
              </Link>
            </p>
          ) : null}
          {code === "NETWORKING_CARD" ? (
            <Link
              to="/visibility/card"
              className="text-sm font-medium text-accent-strong underline underline-offset-4"
            >
              {t("consents.cardLink")}
            </Link>
          ) : null}
          {blocked ? (
            <p className="text-sm font-medium text-warning">{t("consents.blockedByObjection")}</p>
          ) : null}
        </div>
        {blocked ? null : purpose.granted ? (
          <ChoiceButton
            intent="consent"
            values={{ purpose: code, granted: "false" }}
            variant="outline"
          >
            {t("consents.withdraw")}
          </ChoiceButton>
        ) : (
          <ChoiceButton intent="consent" values={{ purpose: code, granted: "true" }}>
            {t("consents.grant")}
          </ChoiceButton>
        )}
      </div>
      {purpose.history.length > 0 ? (
        <details className="text-sm">
          <summary className="cursor-pointer font-medium text-accent-strong">
            {t("consents.history", { count: purpose.history.length })}
          </summary>
          <ol className="mt-2 grid gap-1">
            {purpose.history.map((event) => (
              <li key={event.id} className="flex flex-wrap items-baseline gap-x-3 text-ink-muted">
                <span className="font-medium text-ink">
                  {event.granted ? t("consents.historyGranted") : t("consents.historyWithdrawn")}
                </span>
                <span>{event.on}</span>
                <span>{t(`source.${event.source}` as "source.SIGN_UP")}</span>
                <span>v{event.policyVersion}</span>
                <Link
                  to={`/privacy/receipts/${event.id}`}
                  className="font-medium text-accent-strong underline underline-offset-4"
                >
                  {t("consents.receipt")}
                </Link>
              </li>
            ))}
          </ol>
        </details>
      ) : null}
    </li>
  );
}

/** F7: consents per purpose with their history, restriction of processing, objection to marketing. */
export default function PrivacyCenterPage() {
  const data = useLoaderData<typeof loader>();
  const outcome = useActionData<typeof action>();
  const { t } = useTranslation("privacy");
  const errors = outcome?.result.error?.[""] ?? undefined;
  const notice = outcome?.notice;
  return (
    <div className="mx-auto grid max-w-3xl gap-6 px-4 py-10 sm:px-6">
      <header className="grid gap-2">
        <h1 className="text-2xl font-semibold text-ink">{t("title")}</h1>
        <p className="text-ink-muted">{t("lead")}</p>
      </header>
      <PrivacyNav />
      {data.toReview > 0 ? (
        <Alert tone="warning">
          {t("review.banner")}{" "}
          <Link
            to="/privacy/review?redirectTo=%2Fprivacy"
            className="font-medium underline underline-offset-4"
          >
            {t("review.bannerLink")}
          </Link>
        </Alert>
      ) : null}
      <FormErrors errors={errors} />
      {notice ? (
        <Alert tone="success">
          {t(notice.key as "consents.done.granted", {
            purpose: notice.purpose
              ? t(`purpose.${notice.purpose}.label` as "purpose.NEWSLETTER.label")
              : "",
          })}
        </Alert>
      ) : null}
      <Card className="grid gap-4">
        <div className="grid gap-1">
          <h2 className="text-lg font-semibold text-ink">{t("consents.title")}</h2>
          <p className="text-sm text-ink-muted">{t("consents.lead")}</p>
          <p className="text-sm text-ink-muted">
            {t("consents.policy", { version: data.policyVersion })}
          </p>
        </div>
        <ul className="grid">
          {data.purposes.map((purpose) => (
            <PurposeRow
              key={purpose.purpose}
              purpose={purpose}
              objected={data.objectedOn !== null}
            />
          ))}
        </ul>
      </Card>
      <Card className="grid gap-3">
        <h2 className="text-lg font-semibold text-ink">{t("download.title")}</h2>
        <p className="text-sm text-ink-muted">{t("download.lead")}</p>
        <ul className="grid gap-3">
          <li className="grid gap-0.5">
            <a
              href="/privacy/data.json"
              download
              className="font-medium text-accent-strong underline underline-offset-4"
            >
              {t("download.data")}
            </a>
            <span className="text-sm text-ink-muted">{t("download.dataHelp")}</span>
          </li>
          <li className="grid gap-0.5">
            <a
              href="/privacy/resume.json"
              download
              className="font-medium text-accent-strong underline underline-offset-4"
            >
              {t("download.resume")}
            </a>
            <span className="text-sm text-ink-muted">{t("download.resumeHelp")}</span>
          </li>
        </ul>
      </Card>
      <Card className="grid gap-3">
        <h2 className="text-lg font-semibold text-ink">{t("restrict.title")}</h2>
        <p className="text-sm text-ink-muted">{t("restrict.lead")}</p>
        <p className="font-medium text-ink" data-testid="restriction-state">
          {data.restrictedOn ? t("restrict.on", { date: data.restrictedOn }) : t("restrict.off")}
        </p>
        <div>
          {data.restrictedOn ? (
            <ChoiceButton intent="restriction" values={{ restricted: "false" }} variant="outline">
              {t("restrict.lift")}
            </ChoiceButton>
          ) : (
            <ChoiceButton intent="restriction" values={{ restricted: "true" }} variant="outline">
              {t("restrict.apply")}
            </ChoiceButton>
          )}
        </div>
      </Card>
      <Card className="grid gap-3">
        <h2 className="text-lg font-semibold text-ink">{t("objection.title")}</h2>
        <p className="text-sm text-ink-muted">{t("objection.lead")}</p>
        <p className="font-medium text-ink" data-testid="objection-state">
          {data.objectedOn ? t("objection.on", { date: data.objectedOn }) : t("objection.off")}
        </p>
        <div>
          {data.objectedOn ? (
            <ChoiceButton intent="objection" values={{ objected: "false" }} variant="outline">
              {t("objection.lift")}
            </ChoiceButton>
          ) : (
            <ChoiceButton intent="objection" values={{ objected: "true" }} variant="outline">
              {t("objection.apply")}
            </ChoiceButton>
          )}
        </div>
      </Card>
    </div>
  );
}
