import type { Db, Locale, Prisma } from "@tsunagu/db";

import { randomToken } from "../crypto";
import { hashPassword } from "../passwords/password-hash";
import { checkPasswordPolicy } from "../passwords/password-policy";
import { consumeNamedLimit } from "../rate-limit/limits";
import { issueEmailVerification } from "../tokens/email-verification";
import { parseEmail } from "./email";
import {
  createAccountOrReportTaken,
  type SignUpProblem,
  type SignUpResult,
} from "./sign-up-seeker";

export type EmployerSignUpProblem = SignUpProblem | "invalid-display-name" | "invalid-company-name";

export type EmployerSignUpResult =
  | (Exclude<SignUpResult, { status: "created" | "invalid" }> & { companyId?: never })
  | { status: "invalid"; problems: EmployerSignUpProblem[] }
  | (Extract<SignUpResult, { status: "created" }> & { companyId: string });

export interface SignUpEmployerInput {
  email: string;
  password: string;
  /** How colleagues and the audit log name this member. */
  displayName: string;
  companyName: string;
  locale: Locale;
  ip: string;
  now?: Date;
}

/** The plan a new company starts on; paid plans are chosen later through billing (F11). */
const STARTING_PLAN_CODE = "free";

/**
 * Company sign-up (F10): the account, its company and the OWNER membership in one transaction.
 * The company starts on the free plan (jobs and applications, no resume search) when the plan
 * catalogue has one; without it the company simply has no subscription, which billing treats
 * the same way.
 */
export async function signUpEmployer(
  db: Db,
  input: SignUpEmployerInput,
): Promise<EmployerSignUpResult> {
  const now = input.now ?? new Date();
  const email = parseEmail(input.email);
  const company = checkCompanyFields(input);
  const problems: EmployerSignUpProblem[] = [
    ...(email ? [] : (["invalid-email"] as const)),
    ...company.problems,
    ...checkPasswordPolicy(input.password, { email }),
  ];
  if (problems.length > 0 || !email) return { status: "invalid", problems };

  const limit = await consumeNamedLimit(db, "signUpPerIp", input.ip, now);
  if (!limit.allowed) return { status: "rate-limited", retryAfterMs: limit.retryAfterMs };

  const passwordHash = await hashPassword(input.password);
  return createAccountOrReportTaken(email, () =>
    db.$transaction(async (tx) => {
      const created = await createCompanyOwner(tx, {
        ...company.values,
        email,
        locale: input.locale,
        now,
        account: { passwordHash, passwordChangedAt: now },
      });
      const verification = await issueEmailVerification(tx, {
        userId: created.userId,
        email,
        now,
      });
      return { status: "created", ...created, verification } as const;
    }),
  );
}

/** The company's name and the owner's, trimmed, with what is wrong with them. */
export function checkCompanyFields(input: { displayName: string; companyName: string }) {
  const displayName = input.displayName.trim();
  const companyName = input.companyName.trim();
  const problems: Array<"invalid-display-name" | "invalid-company-name"> = [
    ...(displayName.length >= 1 && displayName.length <= 100
      ? []
      : (["invalid-display-name"] as const)),
    ...(companyName.length >= 1 && companyName.length <= 200
      ? []
      : (["invalid-company-name"] as const)),
  ];
  return { values: { displayName, companyName }, problems };
}

/**
 * A company, its starting plan and its OWNER's account, inside the caller's transaction: with a
 * password (company sign-up) or with a provider link and a provider-verified address (sign-up
 * with Google or Microsoft).
 */
export async function createCompanyOwner(
  tx: Prisma.TransactionClient,
  input: {
    email: string;
    displayName: string;
    companyName: string;
    locale: Locale;
    now: Date;
    account: Omit<Prisma.UserCreateInput, "email" | "kind" | "locale" | "createdAt" | "membership">;
  },
) {
  const { now } = input;
  const company = await tx.company.create({
    data: { name: input.companyName, slug: companySlug(input.companyName) },
    select: { id: true },
  });
  await startOnFreePlan(tx, company.id, now);
  const user = await tx.user.create({
    data: {
      ...input.account,
      email: input.email,
      kind: "EMPLOYER",
      locale: input.locale,
      createdAt: now,
      membership: {
        create: { companyId: company.id, role: "OWNER", displayName: input.displayName },
      },
    },
    select: { id: true },
  });
  return { userId: user.id, companyId: company.id };
}

async function startOnFreePlan(tx: Prisma.TransactionClient, companyId: string, now: Date) {
  const plan = await tx.plan.findUnique({
    where: { code: STARTING_PLAN_CODE },
    select: { id: true },
  });
  if (!plan) return;
  await tx.subscription.create({
    data: {
      companyId,
      planId: plan.id,
      status: "ACTIVE",
      provider: "MANUAL_INVOICE",
      currentPeriodStart: new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1)),
      currentPeriodEnd: new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1)),
    },
  });
}

/**
 * URL slug for the company's pages: the ASCII letters of the name (Japanese names have none,
 * hence the fallback) plus a random suffix, so two companies of the same name never clash.
 */
export function companySlug(name: string): string {
  const base = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/, "");
  return `${base || "company"}-${randomToken(4)}`;
}
