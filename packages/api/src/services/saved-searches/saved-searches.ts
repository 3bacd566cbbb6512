import { Prisma, type Db } from "@tsunagu/db";
import {
  createSavedSearchInput,
  deleteSavedSearchInput,
  renameSavedSearchInput,
  SAVED_SEARCHES_PER_MEMBER,
  setSavedSearchAlertInput,
  type AlertFrequency,
} from "@tsunagu/schemas/saved-searches";
import { resumeFiltersSchema, type ResumeFilters } from "@tsunagu/search";
import {
  resumeSearchFromParams,
  resumeSearchToParams,
  RESUME_SORTS,
  type ResumeSearch,
  type ResumeSort,
} from "@tsunagu/search/params";
import type { z } from "zod";
import { AppError } from "../../errors";
import type { Caller } from "../candidates/find-candidates";

/**
 * F12 saved searches. Each belongs to the member who saved it: only they list, change or
 * delete it, and its alerts go to their inbox. Owners do not see their recruiters' saved
 * searches either: a saved search is a personal working list, and what a colleague is looking
 * for is not company data an owner needs (the audit log covers what was viewed).
 */
export interface SavedSearchEntry {
  id: string;
  name: string;
  query: string;
  filters: ResumeFilters;
  sort: ResumeSort;
  /** The search as the search page's URL query string (without "?"), for the "Run" link. */
  search: string;
  alertFrequency: AlertFrequency;
  lastAlertedAt: Date | null;
  createdAt: Date;
}

const SELECT = {
  id: true,
  name: true,
  query: true,
  filters: true,
  sort: true,
  alertFrequency: true,
  lastAlertedAt: true,
  createdAt: true,
} as const;

type Row = Prisma.SavedSearchGetPayload<{ select: typeof SELECT }>;

/** A stored search read back; filters saved by an older shape of the form are dropped, not fatal. */
export function savedSearchOf(row: Pick<Row, "query" | "filters" | "sort">): ResumeSearch {
  const filters = resumeFiltersSchema.safeParse(row.filters ?? {});
  const sort = (RESUME_SORTS as readonly string[]).includes(row.sort ?? "")
    ? (row.sort as ResumeSort)
    : "relevance";
  return { query: row.query, filters: filters.success ? filters.data : {}, sort, page: 0 };
}

function entryOf(row: Row): SavedSearchEntry {
  const search = savedSearchOf(row);
  return {
    id: row.id,
    name: row.name,
    query: search.query,
    filters: search.filters,
    sort: search.sort,
    search: resumeSearchToParams(search).toString(),
    alertFrequency: row.alertFrequency,
    lastAlertedAt: row.lastAlertedAt,
    createdAt: row.createdAt,
  };
}

const NAME_TAKEN = () =>
  new AppError("CONFLICT", "You already have a saved search with this name. Choose another name.", {
    fieldProblem: { field: "name", key: "savedSearchNameTaken" },
  });

const NOT_FOUND = () => new AppError("NOT_FOUND", "This saved search no longer exists.");

const isUniqueViolation = (error: unknown) =>
  error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";

/** Whether the member already has another saved search of this name, ignoring case. */
async function nameTaken(
  db: Pick<Db, "savedSearch">,
  memberId: string,
  name: string,
  exceptId?: string,
) {
  const clash = await db.savedSearch.findFirst({
    where: {
      memberId,
      name: { equals: name, mode: "insensitive" },
      ...(exceptId ? { id: { not: exceptId } } : {}),
    },
    select: { id: true },
  });
  return clash !== null;
}

/** The member's own saved searches, newest first. */
export async function listSavedSearches(db: Db, caller: Caller): Promise<SavedSearchEntry[]> {
  const rows = await db.savedSearch.findMany({
    where: { memberId: caller.memberId, companyId: caller.companyId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: SELECT,
    take: SAVED_SEARCHES_PER_MEMBER,
  });
  return rows.map(entryOf);
}

/**
 * Saves the search given as the search page's query string (read with the page's own codec, so
 * what is saved is exactly what "Run" opens again). At most SAVED_SEARCHES_PER_MEMBER per
 * member; the member's row is locked so two saves at once cannot pass the limit or the name check.
 */
export async function createSavedSearch(
  db: Db,
  caller: Caller,
  rawInput: z.input<typeof createSavedSearchInput>,
): Promise<SavedSearchEntry> {
  const input = createSavedSearchInput.parse(rawInput);
  const search = resumeSearchFromParams(new URLSearchParams(input.search));
  try {
    return await db.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT id FROM company_members WHERE id = ${caller.memberId}::uuid FOR UPDATE`;
      const count = await tx.savedSearch.count({ where: { memberId: caller.memberId } });
      if (count >= SAVED_SEARCHES_PER_MEMBER) {
        throw new AppError(
          "BAD_REQUEST",
          `You can keep at most ${SAVED_SEARCHES_PER_MEMBER} saved searches. Delete one you no longer need, then save this one.`,
          {
            fieldProblem: {
              field: "name",
              key: "savedSearchLimit",
              params: { limit: SAVED_SEARCHES_PER_MEMBER },
            },
          },
        );
      }
      if (await nameTaken(tx, caller.memberId, input.name)) throw NAME_TAKEN();
      const row = await tx.savedSearch.create({
        data: {
          companyId: caller.companyId,
          memberId: caller.memberId,
          name: input.name,
          query: search.query,
          filters: search.filters as Prisma.InputJsonObject,
          sort: search.sort === "relevance" ? null : search.sort,
        },
        select: SELECT,
      });
      return entryOf(row);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw NAME_TAKEN();
    throw error;
  }
}

async function ownRow(db: Pick<Db, "savedSearch">, caller: Caller, id: string) {
  const row = await db.savedSearch.findFirst({
    where: { id, memberId: caller.memberId, companyId: caller.companyId },
    select: { id: true, alertFrequency: true },
  });
  if (!row) throw NOT_FOUND();
  return row;
}

export async function renameSavedSearch(
  db: Db,
  caller: Caller,
  rawInput: z.input<typeof renameSavedSearchInput>,
): Promise<SavedSearchEntry> {
  const input = renameSavedSearchInput.parse(rawInput);
  await ownRow(db, caller, input.id);
  if (await nameTaken(db, caller.memberId, input.name, input.id)) throw NAME_TAKEN();
  try {
    const row = await db.savedSearch.update({
      where: { id: input.id },
      data: { name: input.name },
      select: SELECT,
    });
    return entryOf(row);
  } catch (error) {
    if (isUniqueViolation(error)) throw NAME_TAKEN();
    throw error;
  }
}

/**
 * Turns the email alert on, off or to another frequency. Turning it on starts the clock now:
 * the first alert reports resumes that are new or updated from this moment, not the backlog.
 */
export async function setSavedSearchAlert(
  db: Db,
  caller: Caller,
  rawInput: z.input<typeof setSavedSearchAlertInput>,
  now = new Date(),
): Promise<SavedSearchEntry> {
  const input = setSavedSearchAlertInput.parse(rawInput);
  const current = await ownRow(db, caller, input.id);
  const turnedOn = current.alertFrequency === "OFF" && input.alertFrequency !== "OFF";
  const row = await db.savedSearch.update({
    where: { id: input.id },
    data: {
      alertFrequency: input.alertFrequency,
      ...(turnedOn ? { lastAlertedAt: now } : {}),
    },
    select: SELECT,
  });
  return entryOf(row);
}

export async function deleteSavedSearch(
  db: Db,
  caller: Caller,
  rawInput: z.input<typeof deleteSavedSearchInput>,
): Promise<{ deleted: true }> {
  const input = deleteSavedSearchInput.parse(rawInput);
  const { count } = await db.savedSearch.deleteMany({
    where: { id: input.id, memberId: caller.memberId, companyId: caller.companyId },
  });
  if (count === 0) throw NOT_FOUND();
  return { deleted: true };
}
