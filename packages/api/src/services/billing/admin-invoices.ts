import type { Db, DbTransaction, InvoiceStatus, Prisma } from "@tsunagu/db";
import { AppError } from "../../errors";
import { freePlan } from "./plans";

export interface AdminInvoiceFilter {
  status?: InvoiceStatus;
  companyId?: string;
}

/** F11/F17: invoices for the platform team, newest first, with the company's name. */
export async function listInvoicesForAdmin(db: Db, filter: AdminInvoiceFilter = {}) {
  const where: Prisma.InvoiceWhereInput = {
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.companyId ? { companyId: filter.companyId } : {}),
  };
  const invoices = await db.invoice.findMany({
    where,
    orderBy: [{ issuedAt: "desc" }, { id: "desc" }],
    take: 200,
    select: {
      id: true,
      number: true,
      companyId: true,
      company: { select: { name: true } },
      plan: { select: { code: true } },
      provider: true,
      amount: true,
      currency: true,
      status: true,
      periodStart: true,
      periodEnd: true,
      issuedAt: true,
      dueAt: true,
      paidAt: true,
      markedPaidByUserId: true,
    },
  });
  return invoices.map(({ company, plan, ...invoice }) => ({
    ...invoice,
    companyName: company.name,
    planCode: plan?.code ?? null,
  }));
}

async function lockedOpenManualInvoice(tx: DbTransaction, invoiceId: string) {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM invoices WHERE id = ${invoiceId}::uuid FOR UPDATE`;
  if (rows.length === 0) throw new AppError("NOT_FOUND", "No such invoice.");
  const invoice = await tx.invoice.findUniqueOrThrow({
    where: { id: invoiceId },
    select: {
      id: true,
      number: true,
      companyId: true,
      subscriptionId: true,
      planId: true,
      provider: true,
      status: true,
      periodStart: true,
      periodEnd: true,
    },
  });
  if (invoice.provider !== "MANUAL_INVOICE") {
    throw new AppError("CONFLICT", "Stripe invoices are settled by Stripe, not by hand.");
  }
  if (invoice.status !== "OPEN") {
    throw new AppError(
      "CONFLICT",
      `Invoice ${invoice.number} is ${invoice.status === "PAID" ? "already paid" : "void"}.`,
    );
  }
  return invoice;
}

async function audit(
  tx: DbTransaction,
  adminUserId: string,
  invoice: { id: string; companyId: string; number: string },
  action: string,
  now: Date,
) {
  await tx.auditEvent.create({
    data: {
      actorKind: "PLATFORM_ADMIN",
      actorUserId: adminUserId,
      companyId: invoice.companyId,
      action,
      targetKind: "invoice",
      targetId: invoice.id,
      metadata: { number: invoice.number },
      occurredAt: now,
    },
  });
}

/**
 * F11: the money for a manual invoice arrived. The invoice becomes PAID (when, and by whom),
 * and the subscription ACTIVE on the invoice's plan for the invoice's period: a purchase starts,
 * an upgrade replaces the old plan, a renewal continues. Audited.
 */
export async function markInvoicePaid(
  db: Db,
  adminUserId: string,
  invoiceId: string,
  now = new Date(),
) {
  return db.$transaction(async (tx) => {
    const invoice = await lockedOpenManualInvoice(tx, invoiceId);
    await tx.$queryRaw`SELECT id FROM companies WHERE id = ${invoice.companyId}::uuid FOR UPDATE`;
    const paid = await tx.invoice.update({
      where: { id: invoice.id },
      data: { status: "PAID", paidAt: now, markedPaidByUserId: adminUserId },
      select: { id: true, status: true, paidAt: true },
    });
    if (invoice.subscriptionId) {
      await tx.subscription.update({
        where: { id: invoice.subscriptionId },
        data: {
          ...(invoice.planId ? { planId: invoice.planId } : {}),
          status: "ACTIVE",
          provider: "MANUAL_INVOICE",
          currentPeriodStart: invoice.periodStart,
          currentPeriodEnd: invoice.periodEnd,
          canceledAt: null,
          cancelAtPeriodEnd: false,
          scheduledPlanId: null,
        },
      });
    }
    await audit(tx, adminUserId, invoice, "billing.invoice.mark_paid", now);
    return { id: paid.id, status: paid.status, paidAt: paid.paidAt ?? now };
  });
}

/**
 * F11: an open manual invoice will not be paid (issued in error, replaced by another). A plan
 * that was waiting for it is no longer chosen: a PENDING subscription becomes CANCELED. Audited.
 */
export async function voidInvoice(
  db: Db,
  adminUserId: string,
  invoiceId: string,
  now = new Date(),
) {
  return db.$transaction(async (tx) => {
    const invoice = await lockedOpenManualInvoice(tx, invoiceId);
    await tx.invoice.update({ where: { id: invoice.id }, data: { status: "VOID" } });
    if (invoice.subscriptionId) {
      const stillOpen = await tx.invoice.count({
        where: { subscriptionId: invoice.subscriptionId, status: "OPEN" },
      });
      if (stillOpen === 0) {
        await tx.subscription.updateMany({
          where: { id: invoice.subscriptionId, status: "PENDING" },
          data: { planId: (await freePlan(tx)).id, status: "CANCELED", canceledAt: now },
        });
      }
    }
    await audit(tx, adminUserId, invoice, "billing.invoice.void", now);
    return { id: invoice.id, status: "VOID" as const };
  });
}
