import type { DbTransaction } from "@tsunagu/db";
import { nextInvoiceNumber } from "./invoice-number";
import { dueDateFrom, oneMonthAfter } from "./period";
import type { BillingProviderAdapter, PaymentRequest, PaymentStart } from "./provider";

/**
 * F11, the default provider: choosing a paid plan issues an invoice (due in 14 days, for the
 * coming month) that the company pays by bank transfer and a platform admin marks paid
 * (admin-invoices.ts). Nothing leaves the building, so it is what local use and tests run.
 */
export const manualInvoiceProvider: BillingProviderAdapter = {
  kind: "MANUAL_INVOICE",

  async startPayment(tx: DbTransaction, request: PaymentRequest): Promise<PaymentStart> {
    const { companyId, plan, now } = request;
    // An invoice still open for another plan pays for a choice the owner has just replaced.
    await tx.invoice.updateMany({
      where: { companyId, status: "OPEN", NOT: { planId: plan.id } },
      data: { status: "VOID" },
    });
    const periodStart = now;
    const periodEnd = oneMonthAfter(now);
    const subscription =
      request.subscription ??
      (await tx.subscription.create({
        data: {
          companyId,
          planId: plan.id,
          status: "PENDING",
          provider: "MANUAL_INVOICE",
          currentPeriodStart: periodStart,
          currentPeriodEnd: periodEnd,
        },
        select: { id: true },
      }));
    // Choosing the same plan again shows the invoice already open rather than a second one.
    const open = await tx.invoice.findFirst({
      where: { companyId, status: "OPEN", planId: plan.id },
      orderBy: { issuedAt: "desc" },
      select: { id: true, number: true },
    });
    const invoice =
      open ??
      (await tx.invoice.create({
        data: {
          companyId,
          subscriptionId: subscription.id,
          planId: plan.id,
          provider: "MANUAL_INVOICE",
          number: await nextInvoiceNumber(tx, now),
          amount: plan.monthlyPrice,
          currency: plan.currency,
          status: "OPEN",
          periodStart,
          periodEnd,
          issuedAt: now,
          dueAt: dueDateFrom(now),
        },
        select: { id: true, number: true },
      }));
    await tx.subscription.update({
      where: { id: subscription.id },
      // A purchase waits for payment as PENDING; an upgrade leaves the paid plan running until
      // its invoice is paid, and replaces any downgrade or cancellation that was scheduled.
      data:
        request.change === "purchase"
          ? {
              planId: plan.id,
              status: "PENDING",
              provider: "MANUAL_INVOICE",
              currentPeriodStart: periodStart,
              currentPeriodEnd: periodEnd,
              canceledAt: null,
              cancelAtPeriodEnd: false,
              scheduledPlanId: null,
            }
          : { cancelAtPeriodEnd: false, scheduledPlanId: null },
    });
    return { kind: "invoice", invoiceId: invoice.id, number: invoice.number };
  },

  async scheduleAtProvider() {
    // Recorded on the subscription only; the renewal invoice follows it (subscription-state.ts).
  },

  async portalUrl() {
    return null;
  },
};
