const DAY_MS = 86_400_000;

/** Days an owner has to pay a manual invoice. */
export const INVOICE_DUE_DAYS = 14;

/**
 * The same instant one calendar month later (UTC); the 31st becomes the last day of a shorter
 * month, so 31 January runs to 28 (or 29) February.
 */
export function oneMonthAfter(start: Date): Date {
  const end = new Date(start);
  end.setUTCDate(1);
  end.setUTCMonth(end.getUTCMonth() + 1);
  const lastDay = new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth() + 1, 0)).getUTCDate();
  end.setUTCDate(Math.min(start.getUTCDate(), lastDay));
  return end;
}

export const dueDateFrom = (issuedAt: Date) =>
  new Date(issuedAt.getTime() + INVOICE_DUE_DAYS * DAY_MS);
