import type { InvitationStatus } from "../../generated/prisma/enums";
import { defaultFaker } from "../faker";
import type { DbClient, FactoryContext } from "../types";

export interface CreateInvitationOptions extends FactoryContext {
  companyId: string;
  senderMemberId: string;
  profileId: string;
  jobId: string;
  status?: InvitationStatus;
  /** When it was sent; `now` for SENT, a few days before `now` (the answer) otherwise. */
  sentAt?: Date;
  salaryMin?: number;
  salaryMax?: number;
  visaSupport?: boolean;
  message?: string;
}

const INVITATION_LIFETIME_DAYS = 30;

/**
 * An invitation to a candidate. ACCEPTED records the contact reveal in the disclosure ledger,
 * as the product must (R5).
 */
export async function createInvitation(db: DbClient, options: CreateInvitationOptions) {
  const faker = options.faker ?? defaultFaker;
  const now = options.now ?? new Date();
  const status = options.status ?? "SENT";
  const sentAt =
    options.sentAt ?? (status === "SENT" ? now : faker.date.recent({ days: 20, refDate: now }));
  const answered = status === "ACCEPTED" || status === "DECLINED" || status === "REPORTED";
  const salaryMin = options.salaryMin ?? faker.number.int({ min: 35, max: 70 }) * 100_000;
  const invitation = await db.invitation.create({
    data: {
      companyId: options.companyId,
      senderMemberId: options.senderMemberId,
      profileId: options.profileId,
      jobId: options.jobId,
      salaryMin,
      salaryMax: options.salaryMax ?? salaryMin + faker.number.int({ min: 3, max: 20 }) * 100_000,
      visaSupport: options.visaSupport ?? true,
      message:
        options.message ??
        "Your experience matches a role we are hiring for. We would be glad to tell you more in a short call.",
      status,
      reportReason:
        status === "REPORTED" ? "The offer asked for a fee before starting work." : null,
      sentAt,
      expiresAt: new Date(sentAt.getTime() + INVITATION_LIFETIME_DAYS * 86_400_000),
      respondedAt: answered ? now : null,
    },
  });
  if (status === "ACCEPTED") {
    await db.disclosureLedgerEntry.create({
      data: {
        profileId: options.profileId,
        companyId: options.companyId,
        memberId: options.senderMemberId,
        kind: "CONTACT_REVEAL",
        purpose: "invitation accepted",
        invitationId: invitation.id,
        occurredAt: now,
      },
    });
  }
  return invitation;
}
