import type { Db } from "@tsunagu/db";
import { AppError } from "../../errors";

/**
 * F11: one invoice of the caller's company, for the printable page. Another company's invoice
 * reads as missing.
 */
export async function getCompanyInvoice(db: Db, companyId: string, invoiceId: string) {
  const invoice = await db.invoice.findFirst({
    where: { id: invoiceId, companyId },
    select: {
      id: true,
      number: true,
      provider: true,
      amount: true,
      currency: true,
      status: true,
      periodStart: true,
      periodEnd: true,
      issuedAt: true,
      dueAt: true,
      paidAt: true,
      plan: { select: { name: true, code: true } },
      company: {
        select: {
          name: true,
          corporateNumber: true,
          registryCountry: true,
          registryId: true,
          website: true,
        },
      },
    },
  });
  if (!invoice) throw new AppError("NOT_FOUND", "No such invoice.");
  return invoice;
}
