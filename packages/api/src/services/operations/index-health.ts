import type { Db } from "@tsunagu/db";
import { jobIndex, resumeIndex } from "@tsunagu/search";
import type { Index } from "meilisearch";

export interface IndexHealth {
  /** False when Meilisearch did not answer; document counts are then null. */
  searchAvailable: boolean;
  resumes: { searchableInDatabase: number; documentsInIndex: number | null };
  jobs: { publicInDatabase: number; documentsInIndex: number | null };
  outbox: {
    pending: number;
    /** Pending events whose last attempt failed (they are retried with backoff). */
    failing: number;
    oldestPendingAgeSeconds: number | null;
  };
}

async function documentCount(index: Index<Record<string, unknown>>): Promise<number | null> {
  try {
    return (await index.getStats()).numberOfDocuments;
  } catch {
    return null;
  }
}

/**
 * F20: counts only, no personal data. The database side applies R1 in SQL (the same rule as
 * the search package's resume source): SEARCHABLE, account active and not restricted, latest
 * searchable-profile consent granted.
 */
export async function getIndexHealth(
  db: Db,
  options: {
    resumeIndex?: Index<Record<string, unknown>>;
    jobIndex?: Index<Record<string, unknown>>;
    now?: Date;
  } = {},
): Promise<IndexHealth> {
  const now = options.now ?? new Date();
  const [[resumes], [outbox], publicJobs, resumeDocuments, jobDocuments] = await Promise.all([
    db.$queryRaw<{ count: number }[]>`
      SELECT count(*)::int AS count
      FROM seeker_profiles p JOIN users u ON u.id = p.user_id
      WHERE p.visibility = 'SEARCHABLE' AND u.status = 'ACTIVE' AND u.processing_restricted_at IS NULL
        AND COALESCE((
          SELECT c.granted FROM consent_events c
          WHERE c.user_id = p.user_id AND c.purpose = 'SEARCHABLE_PROFILE'
          ORDER BY c.occurred_at DESC, c.id DESC LIMIT 1
        ), false)`,
    db.$queryRaw<{ pending: number; failing: number; oldest: Date | null }[]>`
      SELECT count(*)::int AS pending,
             count(*) FILTER (WHERE last_error IS NOT NULL)::int AS failing,
             min(created_at) AS oldest
      FROM search_outbox_events WHERE processed_at IS NULL`,
    db.job.count({
      where: {
        status: "OPEN",
        areaId: null,
        publishedAt: { not: null },
        company: { status: "ACTIVE" },
      },
    }),
    documentCount(
      options.resumeIndex ?? (resumeIndex() as unknown as Index<Record<string, unknown>>),
    ),
    documentCount(options.jobIndex ?? (jobIndex() as unknown as Index<Record<string, unknown>>)),
  ]);
  return {
    searchAvailable: resumeDocuments !== null && jobDocuments !== null,
    resumes: { searchableInDatabase: resumes?.count ?? 0, documentsInIndex: resumeDocuments },
    jobs: { publicInDatabase: publicJobs, documentsInIndex: jobDocuments },
    outbox: {
      pending: outbox?.pending ?? 0,
      failing: outbox?.failing ?? 0,
      oldestPendingAgeSeconds: outbox?.oldest
        ? Math.max(0, Math.floor((now.getTime() - outbox.oldest.getTime()) / 1000))
        : null,
    },
  };
}
