import { z } from "zod";
import type { Db, Prisma } from "@tsunagu/db";
import { isoDay } from "@tsunagu/schemas";

/** The disclosures a company's access log shows (F16); application snapshots are the seeker's. */
export const AUDIT_KINDS = ["RESUME_VIEW", "CONTACT_REVEAL", "EXPORT"] as const;
export type AuditKind = (typeof AUDIT_KINDS)[number];

export const AUDIT_PAGE_SIZE = 50;
/** One CSV export holds at most this many rows (the newest); narrow the filters for older ones. */
export const AUDIT_EXPORT_LIMIT = 10_000;

const blankToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);

export const auditListInput = z
  .object({
    memberId: z.preprocess(blankToUndefined, z.uuid().optional()),
    /** Calendar days in Japan time, inclusive. */
    from: z.preprocess(blankToUndefined, isoDay.optional()),
    to: z.preprocess(blankToUndefined, isoDay.optional()),
    kind: z.preprocess(blankToUndefined, z.enum(AUDIT_KINDS).optional()),
    cursor: z.preprocess(blankToUndefined, z.uuid().optional()),
  })
  .refine((v) => !v.from || !v.to || v.from <= v.to, {
    path: ["to"],
    message: "The end date cannot be before the start date.",
  });
export type AuditListInput = z.input<typeof auditListInput>;

export interface AuditEntry {
  id: string;
  occurredAt: Date;
  kind: AuditKind;
  purpose: string;
  memberId: string | null;
  /** Null when the member has since left the company. */
  memberName: string | null;
  /** The candidate as employer search names them; never a name or contact value (R5). */
  candidateKey: string;
}

/** Japan time is where the companies are; a day filter means that day there. */
const dayStart = (day: string) => new Date(`${day}T00:00:00+09:00`);
const dayAfter = (day: string) => new Date(dayStart(day).getTime() + 86_400_000);

function whereOf(companyId: string, filter: z.output<typeof auditListInput>) {
  const occurredAt: Prisma.DateTimeFilter = {};
  if (filter.from) occurredAt.gte = dayStart(filter.from);
  if (filter.to) occurredAt.lt = dayAfter(filter.to);
  return {
    companyId,
    kind: filter.kind ? filter.kind : { in: [...AUDIT_KINDS] },
    ...(filter.memberId ? { memberId: filter.memberId } : {}),
    ...(filter.from || filter.to ? { occurredAt } : {}),
  } satisfies Prisma.DisclosureLedgerEntryWhereInput;
}

const ENTRY_SELECT = {
  id: true,
  occurredAt: true,
  kind: true,
  purpose: true,
  memberId: true,
  member: { select: { displayName: true } },
  profile: { select: { searchKey: true } },
} as const;

type Row = Prisma.DisclosureLedgerEntryGetPayload<{ select: typeof ENTRY_SELECT }>;

const entryOf = (row: Row): AuditEntry => ({
  id: row.id,
  occurredAt: row.occurredAt,
  kind: row.kind as AuditKind,
  purpose: row.purpose,
  memberId: row.memberId,
  memberName: row.member?.displayName ?? null,
  candidateKey: row.profile.searchKey,
});

/**
 * F16: the company's access log, newest first, one page at a time. Only ever the caller's own
 * company's entries: the company comes from the session, never from the input. A cursor from
 * another company finds nothing there and starts nowhere.
 */
export async function listAuditEntries(
  db: Db,
  companyId: string,
  rawInput: AuditListInput,
): Promise<{ entries: AuditEntry[]; nextCursor: string | null }> {
  const filter = auditListInput.parse(rawInput);
  const where = whereOf(companyId, filter);
  let cursorFilter: Prisma.DisclosureLedgerEntryWhereInput = {};
  if (filter.cursor) {
    const at = await db.disclosureLedgerEntry.findFirst({
      where: { id: filter.cursor, companyId },
      select: { id: true, occurredAt: true },
    });
    if (!at) return { entries: [], nextCursor: null };
    cursorFilter = {
      OR: [{ occurredAt: { lt: at.occurredAt } }, { occurredAt: at.occurredAt, id: { lt: at.id } }],
    };
  }
  const rows = await db.disclosureLedgerEntry.findMany({
    where: { AND: [where, cursorFilter] },
    orderBy: [{ occurredAt: "desc" }, { id: "desc" }],
    take: AUDIT_PAGE_SIZE + 1,
    select: ENTRY_SELECT,
  });
  const page = rows.slice(0, AUDIT_PAGE_SIZE);
  return {
    entries: page.map(entryOf),
    nextCursor: rows.length > AUDIT_PAGE_SIZE ? page[page.length - 1]!.id : null,
  };
}

/** The same filters, every matching entry (up to AUDIT_EXPORT_LIMIT), newest first. */
export async function exportAuditEntries(
  db: Db,
  companyId: string,
  rawInput: AuditListInput,
): Promise<AuditEntry[]> {
  const filter = auditListInput.parse({ ...rawInput, cursor: undefined });
  const rows = await db.disclosureLedgerEntry.findMany({
    where: whereOf(companyId, filter),
    orderBy: [{ occurredAt: "desc" }, { id: "desc" }],
    take: AUDIT_EXPORT_LIMIT,
    select: ENTRY_SELECT,
  });
  return rows.map(entryOf);
}

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, quote or line break, quotes doubled.
 * A cell a spreadsheet would run as a formula (= + - @, or a leading tab/CR) gets a leading
 * apostrophe first, so a purpose typed as "=HYPERLINK(…)" stays text.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function auditCsv(
  entries: AuditEntry[],
  headers: { time: string; member: string; kind: string; purpose: string; candidate: string },
  labels: { kind: (kind: AuditKind) => string; formerMember: string },
): string {
  const lines = [
    [headers.time, headers.member, headers.kind, headers.purpose, headers.candidate],
    ...entries.map((e) => [
      e.occurredAt.toISOString(),
      e.memberName ?? labels.formerMember,
      labels.kind(e.kind),
      e.purpose,
      e.candidateKey,
    ]),
  ];
  return lines.map((cells) => cells.map(csvCell).join(",")).join("\r\n") + "\r\n";
}
