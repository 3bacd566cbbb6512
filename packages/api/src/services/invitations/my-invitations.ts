import type { Db, DbTransaction, InvitationStatus } from "@tsunagu/db";
import type { InvitationReportReason } from "@tsunagu/schemas/invitations";
import { AppError } from "../../errors";
import { flagCompanyIfReportedOften } from "../company/review-flag";
import { websiteHost } from "../visibility/blocks";

const INVITATION_SELECT = {
  id: true,
  status: true,
  salaryMin: true,
  salaryMax: true,
  salaryCurrency: true,
  salaryPeriod: true,
  visaSupport: true,
  message: true,
  sentAt: true,
  expiresAt: true,
  respondedAt: true,
  company: { select: { name: true, slug: true, website: true } },
  job: { select: { id: true, title: true, location: true, status: true, description: true } },
} as const;

type Row = Awaited<ReturnType<typeof findRows>>[number];

function findRows(db: Db, where: { userId: string; id?: string; hideReported: boolean }) {
  return db.invitation.findMany({
    where: {
      ...(where.id ? { id: where.id } : {}),
      profile: { userId: where.userId },
      ...(where.hideReported ? { status: { not: "REPORTED" as const } } : {}),
    },
    orderBy: [{ sentAt: "desc" }, { id: "desc" }],
    select: INVITATION_SELECT,
  });
}

/** SENT past its expiry reads as EXPIRED, whether or not housekeeping has marked it yet. */
const effectiveStatus = (
  row: { status: InvitationStatus; expiresAt: Date },
  now: Date,
): InvitationStatus => (row.status === "SENT" && row.expiresAt <= now ? "EXPIRED" : row.status);

function view(row: Row, now: Date) {
  return {
    id: row.id,
    status: effectiveStatus(row, now),
    company: {
      name: row.company.name,
      slug: row.company.slug,
      websiteHost: websiteHost(row.company.website),
    },
    // A position described in the invitation has no job page: its description comes along.
    job: {
      id: row.job.id,
      title: row.job.title,
      location: row.job.location,
      posted: row.job.status !== "DRAFT",
      description: row.job.status === "DRAFT" ? row.job.description : null,
    },
    salary: {
      min: row.salaryMin,
      max: row.salaryMax,
      currency: row.salaryCurrency,
      period: row.salaryPeriod,
    },
    visaSupport: row.visaSupport,
    message: row.message,
    sentAt: row.sentAt,
    expiresAt: row.expiresAt,
    respondedAt: row.respondedAt,
  };
}

export type MyInvitation = ReturnType<typeof view>;

/**
 * F6: the seeker's inbox. Open invitations first (newest first), then the answered and expired
 * ones; reported invitations are kept for the platform's review but no longer shown.
 */
export async function listMyInvitations(
  db: Db,
  userId: string,
  now = new Date(),
): Promise<MyInvitation[]> {
  const rows = (await findRows(db, { userId, hideReported: true })).map((row) => view(row, now));
  const open = (i: MyInvitation) => (i.status === "SENT" ? 0 : 1);
  // Array.prototype.sort is stable: within each group the newest-first order stays.
  return rows.sort((a, b) => open(a) - open(b));
}

const NOT_FOUND = () => new AppError("NOT_FOUND", "There is no such invitation.");

/** F6: one of the seeker's own invitations; anyone else's is indistinguishable from none. */
export async function getMyInvitation(
  db: Db,
  userId: string,
  invitationId: string,
  now = new Date(),
) {
  const [row] = await findRows(db, { userId, id: invitationId, hideReported: false });
  if (!row) throw NOT_FOUND();
  return view(row, now);
}

/** The invitation as the answering transaction sees it, locked until it commits. */
async function lockOwn(tx: DbTransaction, userId: string, invitationId: string) {
  const [locked] = await tx.$queryRaw<{ id: string }[]>`
    SELECT i.id FROM invitations i JOIN seeker_profiles p ON p.id = i.profile_id
    WHERE i.id = ${invitationId}::uuid AND p.user_id = ${userId}::uuid
    FOR UPDATE OF i`;
  if (!locked) throw NOT_FOUND();
  return tx.invitation.findUniqueOrThrow({
    where: { id: locked.id },
    select: {
      id: true,
      status: true,
      expiresAt: true,
      profileId: true,
      companyId: true,
      senderMemberId: true,
      company: { select: { status: true } },
    },
  });
}

function assertOpen(row: { status: InvitationStatus; expiresAt: Date }, now: Date) {
  const status = effectiveStatus(row, now);
  if (status === "EXPIRED")
    throw new AppError("CONFLICT", "This invitation has expired and can no longer be answered.");
  if (status !== "SENT")
    throw new AppError("CONFLICT", "This invitation has already been answered.");
}

async function audit(
  tx: DbTransaction,
  userId: string,
  row: { id: string; companyId: string },
  action: string,
  now: Date,
) {
  await tx.auditEvent.create({
    data: {
      actorKind: "SEEKER",
      actorUserId: userId,
      companyId: row.companyId,
      action,
      targetKind: "invitation",
      targetId: row.id,
      occurredAt: now,
    },
  });
}

/**
 * F6/R5: the seeker accepts. From now on that company (and no other) may see the contact
 * details, and the disclosure is in the ledger: status and ledger row are written together.
 */
export async function acceptMyInvitation(
  db: Db,
  userId: string,
  invitationId: string,
  now = new Date(),
) {
  return db.$transaction(async (tx) => {
    const row = await lockOwn(tx, userId, invitationId);
    assertOpen(row, now);
    if (row.company.status !== "ACTIVE") {
      throw new AppError(
        "CONFLICT",
        "This company is not active on Tsunagu at the moment, so the invitation cannot be accepted.",
      );
    }
    await tx.invitation.update({
      where: { id: row.id },
      data: { status: "ACCEPTED", respondedAt: now },
    });
    await tx.disclosureLedgerEntry.create({
      data: {
        profileId: row.profileId,
        companyId: row.companyId,
        memberId: row.senderMemberId,
        kind: "CONTACT_REVEAL",
        purpose: "invitation accepted",
        invitationId: row.id,
        occurredAt: now,
      },
    });
    await audit(tx, userId, row, "invitation.accept", now);
    return { status: "ACCEPTED" as const, respondedAt: now };
  });
}

/** F6: the seeker says no; the company learns nothing else. */
export async function declineMyInvitation(
  db: Db,
  userId: string,
  invitationId: string,
  now = new Date(),
) {
  return db.$transaction(async (tx) => {
    const row = await lockOwn(tx, userId, invitationId);
    assertOpen(row, now);
    await tx.invitation.update({
      where: { id: row.id },
      data: { status: "DECLINED", respondedAt: now },
    });
    await audit(tx, userId, row, "invitation.decline", now);
    return { status: "DECLINED" as const, respondedAt: now };
  });
}

/**
 * F6: spam or a scam. The invitation leaves the inbox but is kept, with the reason, for the
 * platform's review (the audit event makes it findable there). An accepted invitation can be
 * reported too: what was disclosed stays in the ledger. Enough reports flag the company for
 * review (F13, see review-flag.ts).
 */
export async function reportMyInvitation(
  db: Db,
  userId: string,
  input: { invitationId: string; reason: InvitationReportReason; details?: string },
  now = new Date(),
) {
  return db.$transaction(async (tx) => {
    const row = await lockOwn(tx, userId, input.invitationId);
    if (row.status === "REPORTED")
      throw new AppError("CONFLICT", "This invitation has already been reported.");
    const reportReason = input.details ? `${input.reason}: ${input.details}` : input.reason;
    await tx.invitation.update({
      where: { id: row.id },
      data: { status: "REPORTED", reportReason, respondedAt: now },
    });
    await audit(tx, userId, row, "invitation.report", now);
    await flagCompanyIfReportedOften(tx, row.companyId, now);
    return { status: "REPORTED" as const, respondedAt: now };
  });
}
