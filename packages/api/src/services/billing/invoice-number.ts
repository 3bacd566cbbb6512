import type { DbTransaction } from "@tsunagu/db";

/** Same key for every issuer, so two invoices issued at once never get the same number. */
const INVOICE_NUMBER_LOCK = 7_270_736_950;

/**
 * The next human invoice number of the year, "TSU-2026-000123": six digits, counted per
 * calendar year (UTC). Takes a transaction-scoped lock; the unique index is the last guard.
 */
export async function nextInvoiceNumber(tx: DbTransaction, now: Date): Promise<string> {
  const year = now.getUTCFullYear();
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${INVOICE_NUMBER_LOCK}::bigint)`;
  const prefix = `TSU-${year}-`;
  // Numbers made elsewhere (Stripe's, test fixtures') do not take part in the count.
  const [row] = await tx.$queryRaw<{ last: number | null }[]>`
    SELECT max(substring(number from 10)::int) AS last
    FROM invoices
    WHERE number ~ '^TSU-[0-9]{4}-[0-9]{6,9}$' AND number LIKE ${`${prefix}%`}`;
  return `${prefix}${String((row?.last ?? 0) + 1).padStart(6, "0")}`;
}
