import { z } from "zod";
import { text } from "@tsunagu/schemas";
import { checkPasswordPolicy, hashPassword, PASSWORD_LENGTH } from "@tsunagu/auth";
import type { Db } from "@tsunagu/db";
import { AppError } from "../../errors";
import { lockCompanyMembership } from "./company-lock";
import { hashInvitationToken } from "./invite-member";

export const acceptMemberInvitationInput = z.object({
  token: text().min(20).max(100),
  /** Required when the invitation creates a new account. */
  displayName: text().trim().min(1).max(80).optional(),
  password: text()
    .max(PASSWORD_LENGTH.max * 4)
    .optional(),
});
export type AcceptMemberInvitationInput = z.input<typeof acceptMemberInvitationInput>;

export type AcceptMemberInvitationResult =
  { status: "joined"; userId: string; newAccount: boolean } | { status: "needs-account-details" };

const INVALID_LINK =
  "This invitation link is no longer valid. Ask the company owner for a new one.";

/**
 * F10: joins the company of an invitation. An address without an account gets a new employer
 * account (its email counts as verified: the link reached that inbox). An address that already
 * has an account joins only while signed in as that account — proof of ownership without
 * opening another path for guessing passwords.
 */
export async function acceptMemberInvitation(
  db: Db,
  rawInput: AcceptMemberInvitationInput,
  options: { signedInUserId?: string | null; now?: Date } = {},
): Promise<AcceptMemberInvitationResult> {
  const input = acceptMemberInvitationInput.parse(rawInput);
  const now = options.now ?? new Date();
  const invitation = await db.memberInvitation.findUnique({
    where: { tokenHash: hashInvitationToken(input.token) },
    select: {
      id: true,
      companyId: true,
      email: true,
      role: true,
      expiresAt: true,
      acceptedAt: true,
      revokedAt: true,
    },
  });
  if (!invitation || invitation.acceptedAt || invitation.revokedAt || invitation.expiresAt <= now) {
    throw new AppError("NOT_FOUND", INVALID_LINK);
  }
  const existing = await db.user.findUnique({
    where: { email: invitation.email },
    select: { id: true, kind: true, membership: { select: { id: true } } },
  });
  if (existing) {
    if (existing.kind !== "EMPLOYER") {
      throw new AppError(
        "CONFLICT",
        "This address belongs to an account that cannot join a company. Ask to be invited with another address.",
      );
    }
    if (options.signedInUserId !== existing.id) {
      throw new AppError(
        "UNAUTHORIZED",
        "Sign in with the invited address first, then open the link again.",
      );
    }
    if (existing.membership)
      throw new AppError("CONFLICT", "This account already belongs to a company.");
  } else if (!input.displayName || !input.password) {
    return { status: "needs-account-details" };
  }

  let passwordHash: string | null = null;
  if (!existing && input.password) {
    const problems = checkPasswordPolicy(input.password, { email: invitation.email });
    if (problems.length > 0)
      throw new AppError(
        "BAD_REQUEST",
        `The password is not strong enough (${problems.join(", ")}).`,
      );
    passwordHash = await hashPassword(input.password);
  }

  return db.$transaction(async (tx) => {
    await lockCompanyMembership(tx, invitation.companyId);
    // Claimed under the lock: a link works once, even when opened twice at the same moment.
    const claimed = await tx.memberInvitation.updateMany({
      where: { id: invitation.id, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
      data: { acceptedAt: now },
    });
    if (claimed.count !== 1) throw new AppError("NOT_FOUND", INVALID_LINK);
    const company = await tx.company.findUniqueOrThrow({
      where: { id: invitation.companyId },
      select: {
        status: true,
        subscription: { select: { plan: { select: { seats: true } } } },
        _count: { select: { members: true } },
      },
    });
    if (company.status !== "ACTIVE")
      throw new AppError("FORBIDDEN", "This company is suspended. Please contact support.");
    if (company._count.members >= (company.subscription?.plan.seats ?? 1)) {
      throw new AppError(
        "PLAN_REQUIRED",
        "The company has no free seat left. Ask the owner to free one or upgrade.",
      );
    }
    const displayName = input.displayName ?? invitation.email.split("@")[0]!;
    if (existing) {
      await tx.companyMember.create({
        data: {
          companyId: invitation.companyId,
          userId: existing.id,
          role: invitation.role,
          displayName,
          joinedAt: now,
        },
      });
      return { status: "joined" as const, userId: existing.id, newAccount: false };
    }
    const user = await tx.user.create({
      data: {
        email: invitation.email,
        kind: "EMPLOYER",
        emailVerifiedAt: now,
        passwordHash,
        passwordChangedAt: now,
        membership: {
          create: {
            companyId: invitation.companyId,
            role: invitation.role,
            displayName,
            joinedAt: now,
          },
        },
      },
      select: { id: true },
    });
    return { status: "joined" as const, userId: user.id, newAccount: true };
  });
}
