import type { Db, Prisma } from "@tsunagu/db";
import {
  JOB_ALERT_FREQUENCIES,
  JOB_ALERT_NAME_MAX,
  JOB_ALERTS_PER_SEEKER,
  type JobAlertFrequency,
  jobAlertRef,
  renameJobAlertInput,
  setJobAlertFrequencyInput,
} from "@tsunagu/schemas/job-alerts";
import { text } from "@tsunagu/schemas";
import { z } from "zod";
import { AppError } from "../../errors";
import { publicJobFilters, type PublicJobFilters } from "../jobs/search-public-jobs";

/**
 * F8 job alerts: a seeker's saved job search, mailed daily or weekly with the jobs published
 * since the last mail. Each belongs to the seeker's profile: only they list, change or delete it.
 */
export interface JobAlertEntry {
  id: string;
  name: string;
  query: string;
  filters: PublicJobFilters;
  frequency: JobAlertFrequency;
  /** The search as the /jobs page's URL query string (without "?"), for the "Show jobs" link. */
  search: string;
  lastSentAt: Date | null;
  createdAt: Date;
}

export const createJobAlertInput = z.object({
  name: text().trim().min(1).max(JOB_ALERT_NAME_MAX),
  frequency: z.enum(JOB_ALERT_FREQUENCIES),
  query: text().trim().max(200).default(""),
  filters: publicJobFilters.default({}),
});
export type CreateJobAlertInput = z.input<typeof createJobAlertInput>;

const SELECT = {
  id: true,
  name: true,
  query: true,
  filters: true,
  frequency: true,
  lastSentAt: true,
  createdAt: true,
} as const;

type Row = Prisma.JobAlertGetPayload<{ select: typeof SELECT }>;

/** Filters stored by an older shape of the search are dropped, not fatal: the alert goes on. */
export function alertFiltersOf(filters: Prisma.JsonValue): PublicJobFilters {
  const parsed = publicJobFilters.safeParse(filters ?? {});
  return parsed.success ? parsed.data : {};
}

/**
 * The search as the seeker app's /jobs page reads it from its URL (q, location, type, visa,
 * salary, jlpt), so the links in the alerts page and the mail open exactly what the alert checks.
 */
export function jobSearchParams(query: string, filters: PublicJobFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (query) params.set("q", query);
  if (filters.location) params.set("location", filters.location);
  for (const type of filters.employmentType ?? []) params.append("type", type);
  if (filters.visaSupport) params.set("visa", "yes");
  if (filters.salaryAtLeast !== undefined) params.set("salary", String(filters.salaryAtLeast));
  if (filters.japaneseLevel) params.set("jlpt", filters.japaneseLevel);
  return params;
}

function entryOf(row: Row): JobAlertEntry {
  const filters = alertFiltersOf(row.filters);
  return {
    id: row.id,
    name: row.name,
    query: row.query,
    filters,
    search: jobSearchParams(row.query, filters).toString(),
    // OFF is not offered to seekers (they delete the alert instead); shown as weekly if set.
    frequency: row.frequency === "DAILY" ? "DAILY" : "WEEKLY",
    lastSentAt: row.lastSentAt,
    createdAt: row.createdAt,
  };
}

const NOT_FOUND = () => new AppError("NOT_FOUND", "This job alert no longer exists.");

async function profileIdOf(db: Pick<Db, "seekerProfile">, userId: string) {
  const profile = await db.seekerProfile.findUnique({ where: { userId }, select: { id: true } });
  if (!profile) throw new AppError("NOT_FOUND", "This account has no resume.");
  return profile.id;
}

/** The seeker's own job alerts, newest first. */
export async function listJobAlerts(db: Db, userId: string): Promise<JobAlertEntry[]> {
  const profileId = await profileIdOf(db, userId);
  const rows = await db.jobAlert.findMany({
    where: { profileId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: SELECT,
    take: JOB_ALERTS_PER_SEEKER,
  });
  return rows.map(entryOf);
}

/**
 * Saves the search as an alert. Its clock starts now: the first mail lists jobs published from
 * this moment, not the backlog the seeker has just seen. At most JOB_ALERTS_PER_SEEKER; the
 * profile row is locked so two saves at once cannot pass the limit.
 */
export async function createJobAlert(
  db: Db,
  userId: string,
  rawInput: CreateJobAlertInput,
): Promise<JobAlertEntry> {
  const input = createJobAlertInput.parse(rawInput);
  const profileId = await profileIdOf(db, userId);
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM seeker_profiles WHERE id = ${profileId}::uuid FOR UPDATE`;
    if ((await tx.jobAlert.count({ where: { profileId } })) >= JOB_ALERTS_PER_SEEKER) {
      throw new AppError(
        "BAD_REQUEST",
        `You can keep at most ${JOB_ALERTS_PER_SEEKER} job alerts. Delete one you no longer need, then save this one.`,
        {
          fieldProblem: {
            field: "name",
            key: "jobAlertLimit",
            params: { limit: JOB_ALERTS_PER_SEEKER },
          },
        },
      );
    }
    const row = await tx.jobAlert.create({
      data: {
        profileId,
        name: input.name,
        query: input.query,
        filters: input.filters as Prisma.InputJsonObject,
        frequency: input.frequency,
      },
      select: SELECT,
    });
    return entryOf(row);
  });
}

async function updateOwn(
  db: Db,
  userId: string,
  id: string,
  data: Prisma.JobAlertUpdateManyMutationInput,
): Promise<JobAlertEntry> {
  const profileId = await profileIdOf(db, userId);
  const { count } = await db.jobAlert.updateMany({ where: { id, profileId }, data });
  if (count === 0) throw NOT_FOUND();
  return entryOf(await db.jobAlert.findUniqueOrThrow({ where: { id }, select: SELECT }));
}

export function renameJobAlert(
  db: Db,
  userId: string,
  rawInput: z.input<typeof renameJobAlertInput>,
) {
  const input = renameJobAlertInput.parse(rawInput);
  return updateOwn(db, userId, input.id, { name: input.name });
}

/** Daily or weekly; the clock is kept, so a change never repeats jobs already mailed. */
export function setJobAlertFrequency(
  db: Db,
  userId: string,
  rawInput: z.input<typeof setJobAlertFrequencyInput>,
) {
  const input = setJobAlertFrequencyInput.parse(rawInput);
  return updateOwn(db, userId, input.id, { frequency: input.frequency });
}

/** Deletes the alert; one already gone is gone (a second click changes nothing). */
export async function deleteJobAlert(
  db: Db,
  userId: string,
  rawInput: z.input<typeof jobAlertRef>,
): Promise<{ deleted: boolean }> {
  const input = jobAlertRef.parse(rawInput);
  const profileId = await profileIdOf(db, userId);
  const { count } = await db.jobAlert.deleteMany({ where: { id: input.id, profileId } });
  return { deleted: count > 0 };
}
