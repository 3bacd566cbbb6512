import { Prisma, type Db, type Locale } from "@tsunagu/db";

import { hashPassword } from "../passwords/password-hash";
import { checkPasswordPolicy, type PasswordProblem } from "../passwords/password-policy";
import { consumeNamedLimit } from "../rate-limit/limits";
import { issueEmailVerification, type IssuedToken } from "../tokens/email-verification";
import { checkSeekerBirthDate, type BirthDateProblem } from "./age-gate";
import { parseEmail } from "./email";

export type SignUpProblem = "invalid-email" | BirthDateProblem | PasswordProblem;

/**
 * `created` and `email-taken` must look the same to the visitor ("check your inbox"): the app
 * emails a verification link for `created` and, for `email-taken`, a notice to the existing
 * owner. That is how sign-up avoids revealing which emails are registered.
 */
export type SignUpResult =
  | { status: "created"; userId: string; verification: IssuedToken }
  | { status: "email-taken"; email: string }
  | { status: "invalid"; problems: SignUpProblem[] }
  | { status: "rate-limited"; retryAfterMs: number };

export interface SignUpSeekerInput {
  email: string;
  password: string;
  /** "YYYY-MM-DD" as entered. */
  birthDate: string;
  locale: Locale;
  ip: string;
  now?: Date;
}

/**
 * Email + password seeker sign-up (F1) with the age gate. Creates the account and an empty,
 * PRIVATE resume holding only the birth date; no consent is recorded, so none is pre-ticked (R7).
 */
export async function signUpSeeker(db: Db, input: SignUpSeekerInput): Promise<SignUpResult> {
  const now = input.now ?? new Date();
  const email = parseEmail(input.email);
  const birth = checkSeekerBirthDate(input.birthDate, now);
  const problems: SignUpProblem[] = [
    ...(email ? [] : (["invalid-email"] as const)),
    ...("problem" in birth ? [birth.problem] : []),
    ...checkPasswordPolicy(input.password, { email }),
  ];
  if (problems.length > 0 || !email || "problem" in birth) return { status: "invalid", problems };

  const limit = await consumeNamedLimit(db, "signUpPerIp", input.ip, now);
  if (!limit.allowed) return { status: "rate-limited", retryAfterMs: limit.retryAfterMs };

  const passwordHash = await hashPassword(input.password);
  return createAccountOrReportTaken(email, () =>
    db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: {
          email,
          passwordHash,
          passwordChangedAt: now,
          kind: "SEEKER",
          locale: input.locale,
          createdAt: now,
          seekerProfile: { create: { birthDate: birth.birthDate, visibility: "PRIVATE" } },
        },
        select: { id: true },
      });
      const verification = await issueEmailVerification(tx, { userId: user.id, email, now });
      return { status: "created", userId: user.id, verification } as const;
    }),
  );
}

/**
 * Runs an account-creating write and turns a clash on the unique email into `email-taken`.
 * Relying on the constraint (not a prior lookup) keeps two simultaneous sign-ups correct.
 */
export async function createAccountOrReportTaken<T>(
  email: string,
  create: () => Promise<T>,
): Promise<T | { status: "email-taken"; email: string }> {
  try {
    return await create();
  } catch (error) {
    if (
      error instanceof Prisma.PrismaClientKnownRequestError &&
      error.code === "P2002" &&
      JSON.stringify(error.meta ?? {}).includes("email")
    ) {
      return { status: "email-taken", email };
    }
    throw error;
  }
}
