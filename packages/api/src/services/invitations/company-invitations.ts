import type { Db, InvitationStatus } from "@tsunagu/db";
import { AppError } from "../../errors";
import type { Caller } from "../candidates/find-candidates";

const SELECT = {
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
  profileId: true,
  job: { select: { id: true, title: true } },
  sender: { select: { displayName: true } },
  profile: { select: { searchKey: true } },
} as const;

/** SENT past its expiry reads as EXPIRED, whether or not housekeeping has marked it yet. */
const effectiveStatus = (
  row: { status: InvitationStatus; expiresAt: Date },
  now: Date,
): InvitationStatus => (row.status === "SENT" && row.expiresAt <= now ? "EXPIRED" : row.status);

type Row = Awaited<ReturnType<typeof rows>>[number];

function rows(db: Pick<Db, "invitation">, companyId: string, id?: string) {
  return db.invitation.findMany({
    where: { companyId, ...(id ? { id } : {}) },
    orderBy: [{ sentAt: "desc" }, { id: "desc" }],
    take: id ? 1 : 200,
    select: SELECT,
  });
}

function view(row: Row, now: Date) {
  return {
    id: row.id,
    status: effectiveStatus(row, now),
    job: row.job,
    /** The candidate's search key: the redacted resume, never who they are. */
    candidateId: row.profile.searchKey,
    senderName: row.sender?.displayName ?? null,
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

export type CompanyInvitation = ReturnType<typeof view>;

/** F13: the company's sent invitations, newest first, with their status; no contact details. */
export async function listCompanyInvitations(
  db: Db,
  companyId: string,
  now = new Date(),
): Promise<CompanyInvitation[]> {
  return (await rows(db, companyId)).map((row) => view(row, now));
}

export interface InvitationContact {
  firstName: string | null;
  middleName: string | null;
  lastName: string | null;
  email: string;
  phone: string | null;
}

/**
 * F13/R5: one of the company's invitations. Contact details only once the seeker accepted it
 * (the acceptance wrote the CONTACT_REVEAL to the ledger for the sender); a member other than
 * the sender who opens them gets their own ledger row, once, so the seeker's ledger names
 * every member who received their contact (F16). Another company's invitation is NOT_FOUND.
 */
export async function getCompanyInvitation(
  db: Db,
  caller: Caller,
  invitationId: string,
  now = new Date(),
): Promise<CompanyInvitation & { contact: InvitationContact | null }> {
  const [row] = await rows(db, caller.companyId, invitationId);
  if (!row) throw new AppError("NOT_FOUND", "There is no such invitation in your company.");
  const base = view(row, now);
  if (row.status !== "ACCEPTED") return { ...base, contact: null };
  return db.$transaction(async (tx) => {
    const profile = await tx.seekerProfile.findUniqueOrThrow({
      where: { id: row.profileId },
      select: {
        firstName: true,
        middleName: true,
        lastName: true,
        phone: true,
        user: { select: { email: true } },
      },
    });
    const recorded = await tx.disclosureLedgerEntry.findFirst({
      where: { invitationId: row.id, kind: "CONTACT_REVEAL", memberId: caller.memberId },
      select: { id: true },
    });
    if (!recorded) {
      await tx.disclosureLedgerEntry.create({
        data: {
          profileId: row.profileId,
          companyId: caller.companyId,
          memberId: caller.memberId,
          kind: "CONTACT_REVEAL",
          purpose: "accepted invitation contact viewed",
          invitationId: row.id,
          occurredAt: now,
        },
      });
    }
    return {
      ...base,
      contact: {
        firstName: profile.firstName,
        middleName: profile.middleName,
        lastName: profile.lastName,
        email: profile.user.email,
        phone: profile.phone,
      },
    };
  });
}

/** F13: the company's open jobs, the ones an invitation (and a view's purpose) can name. */
export async function listOpenJobs(db: Db, companyId: string) {
  return db.job.findMany({
    where: { companyId, status: "OPEN" },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 100,
    select: { id: true, title: true },
  });
}
