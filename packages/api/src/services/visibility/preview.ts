import type { Db } from "@tsunagu/db";
import { toEmployerPreview } from "@tsunagu/privacy";
import { loadResumesBySearchKey } from "@tsunagu/search";

/**
 * F4: "See what employers see": the resume read exactly as the indexer reads it and put
 * through the same projection (R2), whatever the visibility; the page says when it is private.
 */
export async function loadEmployerPreview(db: Db, userId: string, now = new Date()) {
  const { searchKey } = await db.seekerProfile.findUniqueOrThrow({
    where: { userId },
    select: { searchKey: true },
  });
  const resume = (await loadResumesBySearchKey(db, [searchKey])).get(searchKey);
  if (!resume) throw new Error("The seeker's own resume could not be read");
  return { visibility: resume.visibility, candidate: toEmployerPreview(resume, now) };
}
