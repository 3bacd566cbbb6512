import { z } from "zod";
import { text } from "@tsunagu/schemas";
import type { Db } from "@tsunagu/db";
import { toCandidateView, type RedactedResume } from "@tsunagu/privacy";
import { loadResumesBySearchKey } from "@tsunagu/search";
import { AppError } from "../../errors";
import { requireResumeSearchPlan } from "./entitlements";
import type { Caller } from "./find-candidates";
import { viewerEmailDomain } from "./viewer";

export const getCandidateInput = z.object({
  candidateId: z.uuid(),
  /** Stated purpose, recorded in the disclosure ledger (F16). */
  purpose: text().trim().min(3).max(200).default("candidate review"),
});
export type GetCandidateInput = z.input<typeof getCandidateInput>;

/**
 * F12/F16: one redacted candidate, re-checked against the database (R4) and recorded in the
 * disclosure ledger the seeker can read (R5). "Not found" covers both a missing resume and one
 * the company may not see, so the answer reveals nothing.
 */
export async function getCandidate(
  db: Db,
  caller: Caller,
  rawInput: GetCandidateInput,
  now = new Date(),
): Promise<RedactedResume> {
  const input = getCandidateInput.parse(rawInput);
  await requireResumeSearchPlan(db, caller.companyId, now);
  return db.$transaction(async (tx) => {
    const [resumes, company, emailDomain] = await Promise.all([
      loadResumesBySearchKey(tx, [input.candidateId]),
      tx.company.findUniqueOrThrow({
        where: { id: caller.companyId },
        select: { id: true, status: true },
      }),
      viewerEmailDomain(tx, caller),
    ]);
    const resume = resumes.get(input.candidateId);
    const view = resume
      ? toCandidateView(resume, { ...company, viewerEmailDomain: emailDomain }, now)
      : null;
    if (!resume || !view) throw new AppError("NOT_FOUND", "This candidate is not available.");
    await tx.disclosureLedgerEntry.create({
      data: {
        profileId: resume.profileId,
        companyId: caller.companyId,
        memberId: caller.memberId,
        kind: "RESUME_VIEW",
        purpose: input.purpose,
        occurredAt: now,
      },
    });
    return view;
  });
}
