import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import {
  Alert,
  Badge,
  Button,
  Card,
  CardTitle,
  NarrowPage,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@tsunagu/ui";
import { pageMeta } from "@tsunagu/ui/remix";
import { useTranslation } from "react-i18next";
import { PlanLimits } from "~/components/plan-limits";
import { UsageBar } from "~/components/usage-bar";
import { loadBillingPage, runBillingAction } from "~/lib/billing.server";
import { kit } from "~/lib/kit.server";

export const handle = { i18n: ["billing"] };

export async function loader({ request }: LoaderFunctionArgs) {
  return loadBillingPage(request, await kit.requireUser(request));
}

export async function action({ request }: ActionFunctionArgs) {
  return runBillingAction(request, await kit.requireUser(request));
}

export const meta = pageMeta;

const STATE_TONE = {
  FREE: "neutral",
  PENDING: "accent",
  ACTIVE: "success",
  LAPSED: "danger",
  PAST_DUE: "danger",
  CANCELED: "neutral",
} as const;

// The warning badge is too faint for small text (axe colour contrast); open reads as accent.
const INVOICE_TONE = { OPEN: "accent", PAID: "success", VOID: "neutral" } as const;

/** F11: the company's plan, usage, invoices and the plans to choose from, with the rules. */
export default function Billing() {
  const page = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation("billing");
  const submitting = useNavigation().state === "submitting";
  const { plan, state, period, isOwner } = page;
  const paidInForce = state === "ACTIVE" && plan.monthlyPrice > 0;
  const cancellable =
    (paidInForce && !page.cancelAtPeriodEnd) ||
    ((state === "PENDING" || state === "PAST_DUE" || state === "LAPSED") && plan.monthlyPrice > 0);

  function actionLabel(card: (typeof page.plans)[number]) {
    if (card.monthlyPrice === 0) return t("plans.cancelToFree");
    if (!paidInForce) return t("plans.choose", { plan: card.name });
    return card.monthlyPrice > plan.monthlyPrice
      ? t("plans.upgrade", { plan: card.name })
      : t("plans.downgrade", { plan: card.name });
  }

  return (
    <NarrowPage title={t("title")} lead={t("lead")} width="settings">
      {page.checkout ? (
        <Alert tone={page.checkout === "success" ? "success" : "info"}>
          {t(page.checkout === "success" ? "done.checkoutSuccess" : "done.checkoutCanceled")}
        </Alert>
      ) : null}
      {result && "done" in result ? (
        <Alert tone="success">
          {result.done === "invoice" ? (
            <>
              {t("done.invoice", { number: result.number })}{" "}
              <Link
                to={`/billing/invoices/${result.invoiceId}`}
                className="font-medium underline underline-offset-4"
              >
                {t("invoices.viewLabel", { number: result.number })}
              </Link>
            </>
          ) : result.done === "downgrade" ? (
            t("done.downgrade", {
              date: result.date,
              plan: page.plans.find((p) => p.code === result.planCode)?.name ?? "",
            })
          ) : result.done === "cancelScheduled" ? (
            t("done.cancelScheduled", { date: result.date })
          ) : (
            t(`done.${result.done}`)
          )}
        </Alert>
      ) : null}
      {result && "problem" in result ? (
        <Alert tone="danger">
          {result.problem === "seatsExceeded"
            ? t("problems.seatsExceeded", result.params)
            : t(`problems.${result.problem}`)}
        </Alert>
      ) : null}

      <Card className="grid gap-3" aria-labelledby="current-heading" data-testid="current-plan">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="current-heading" className="text-lg font-semibold text-ink">
            {t("current.title")}: {plan.name}
          </h2>
          <Badge tone={STATE_TONE[state]}>{t(`status.${state}`)}</Badge>
        </div>
        <Alert
          tone={state === "ACTIVE" ? "success" : state === "FREE" ? "info" : "warning"}
          title={t(`state.${state}.title`)}
        >
          {t(`state.${state}.body`, { plan: plan.name, end: period?.end ?? "" })}
        </Alert>
        {period ? <p className="text-sm text-ink">{t("current.period", period)}</p> : null}
        <p className="text-sm text-ink">
          {t("current.members", { members: page.members, seats: plan.seats })}
        </p>
        <PlanLimits plan={plan} />
        {page.cancelAtPeriodEnd && period ? (
          <p className="text-sm font-medium text-ink" data-testid="scheduled-change">
            {t("scheduled.cancel", { plan: plan.name, date: period.end })}
          </p>
        ) : null}
        {page.scheduledPlan && period ? (
          <p className="text-sm font-medium text-ink" data-testid="scheduled-change">
            {t("scheduled.downgrade", { plan: page.scheduledPlan.name, date: period.end })}
          </p>
        ) : null}
        {page.pendingUpgrade ? (
          <p className="text-sm font-medium text-ink" data-testid="scheduled-change">
            <Link
              to={`/billing/invoices/${page.pendingUpgrade.invoiceId}`}
              className="underline underline-offset-4"
            >
              {t("scheduled.upgrade", {
                plan: page.pendingUpgrade.planName,
                number: page.pendingUpgrade.number,
              })}
            </Link>
          </p>
        ) : null}
        {isOwner && (page.cancelAtPeriodEnd || page.scheduledPlan) ? (
          <Form method="post">
            <input type="hidden" name="intent" value="resume" />
            <Button type="submit" variant="outline" disabled={submitting}>
              {t("scheduled.resume")}
            </Button>
          </Form>
        ) : null}
        {isOwner && page.portalAvailable ? (
          <Form method="post">
            <input type="hidden" name="intent" value="portal" />
            <Button type="submit" variant="outline" disabled={submitting}>
              {t("portal")}
            </Button>
          </Form>
        ) : null}
        {!isOwner ? <p className="text-sm text-ink-muted">{t("readOnly")}</p> : null}
      </Card>

      <Card className="grid gap-4" aria-labelledby="usage-heading">
        <h2 id="usage-heading" className="text-lg font-semibold text-ink">
          {t("usage.title")}
        </h2>
        <UsageBar label={t("usage.searchesToday")} allowance={page.usage.searchesToday} />
        <UsageBar label={t("usage.invitations")} allowance={page.usage.invitationsThisMonth} />
      </Card>

      <Card className="grid gap-4" aria-labelledby="plans-heading">
        <h2 id="plans-heading" className="text-lg font-semibold text-ink">
          {t("plans.title")}
        </h2>
        <div className="grid gap-1 text-sm text-ink">
          <h3 className="font-semibold">{t("plans.rulesTitle")}</h3>
          <ul className="list-disc grid gap-1 pl-5">
            <li>
              {t(page.provider === "STRIPE" ? "plans.rules.upgradeStripe" : "plans.rules.upgrade")}
            </li>
            <li>{t("plans.rules.downgrade")}</li>
            <li>{t("plans.rules.cancel")}</li>
            <li>{t("plans.rules.lapse")}</li>
          </ul>
        </div>
        <ul className="grid gap-4 sm:grid-cols-3">
          {page.plans.map((card) => {
            const current = card.code === plan.code && (paidInForce || card.monthlyPrice === 0);
            const showAction = isOwner && !current && !(card.monthlyPrice === 0 && !cancellable);
            return (
              <li
                key={card.code}
                className="grid content-start gap-3 rounded-card border border-line p-4"
                aria-labelledby={`plan-${card.code}`}
              >
                <div className="grid gap-1">
                  <h3 id={`plan-${card.code}`} className="font-semibold text-ink">
                    {card.name}
                  </h3>
                  <p className="text-lg font-bold text-ink">
                    {t("plans.perMonth", { price: card.price })}
                  </p>
                </div>
                <PlanLimits plan={card} />
                {current ? (
                  <Badge tone="accent" className="justify-self-start">
                    {t("plans.current")}
                  </Badge>
                ) : null}
                {showAction ? (
                  <Form method="post">
                    <input
                      type="hidden"
                      name="intent"
                      value={card.monthlyPrice === 0 ? "cancel" : "choose"}
                    />
                    <input type="hidden" name="planCode" value={card.code} />
                    <Button
                      type="submit"
                      variant={card.monthlyPrice === 0 ? "outline" : "primary"}
                      // Long labels ("Change to Standard when the period ends") wrap at 375 px.
                      className="h-auto min-h-10 w-full py-2 text-center whitespace-normal"
                      disabled={submitting}
                    >
                      {actionLabel(card)}
                    </Button>
                  </Form>
                ) : null}
              </li>
            );
          })}
        </ul>
      </Card>

      {isOwner && cancellable ? (
        <Card className="grid gap-3" aria-labelledby="cancel-heading">
          <h2 id="cancel-heading" className="text-lg font-semibold text-ink">
            {t("cancel.title")}
          </h2>
          <p className="text-sm text-ink">
            {paidInForce
              ? t("cancel.body", { plan: plan.name, date: period?.end ?? "" })
              : t("cancel.bodyNow", { plan: plan.name })}
          </p>
          <Form method="post">
            <input type="hidden" name="intent" value="cancel" />
            <Button type="submit" variant="destructive" disabled={submitting}>
              {t("cancel.submit")}
            </Button>
          </Form>
        </Card>
      ) : null}

      <Card className="grid gap-3" aria-labelledby="invoices-heading">
        <CardTitle>
          <span id="invoices-heading">{t("invoices.title")}</span>
        </CardTitle>
        {page.invoices.length === 0 ? (
          <p className="text-sm text-ink-muted">{t("invoices.empty")}</p>
        ) : (
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead>{t("invoices.number")}</TableHead>
                <TableHead>{t("invoices.period")}</TableHead>
                <TableHead>{t("invoices.amount")}</TableHead>
                <TableHead>{t("invoices.status")}</TableHead>
                <TableHead>{t("invoices.due")}</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {page.invoices.map((invoice) => (
                <TableRow key={invoice.id}>
                  <TableCell>
                    <Link
                      to={`/billing/invoices/${invoice.id}`}
                      className="font-medium text-accent-strong underline underline-offset-4"
                      aria-label={t("invoices.viewLabel", { number: invoice.number })}
                    >
                      {invoice.number}
                    </Link>
                    {invoice.planName ? (
                      <span className="block text-xs text-ink-muted">{invoice.planName}</span>
                    ) : null}
                  </TableCell>
                  <TableCell>{invoice.period}</TableCell>
                  <TableCell>{invoice.amount}</TableCell>
                  <TableCell>
                    <Badge tone={INVOICE_TONE[invoice.status]}>
                      {t(`invoices.statuses.${invoice.status}`)}
                    </Badge>
                  </TableCell>
                  <TableCell>{invoice.due}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Card>
    </NarrowPage>
  );
}
