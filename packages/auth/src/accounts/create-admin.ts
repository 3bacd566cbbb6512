import type { Db } from "@tsunagu/db";

import { hashPassword } from "../passwords/password-hash";
import { checkPasswordPolicy, type PasswordProblem } from "../passwords/password-policy";
import { parseEmail } from "./email";
import { createAccountOrReportTaken } from "./sign-up-seeker";

export type CreateAdminResult =
  | { status: "created"; userId: string }
  | { status: "email-taken"; email: string }
  | { status: "invalid"; problems: Array<"invalid-email" | PasswordProblem> };

/**
 * A platform admin account, for the `pnpm admin:create` command only: no app offers admin
 * sign-up. The operator typed the address, so it counts as verified.
 */
export async function createAdminAccount(
  db: Db,
  input: { email: string; password: string; now?: Date },
): Promise<CreateAdminResult> {
  const now = input.now ?? new Date();
  const email = parseEmail(input.email);
  const problems = [
    ...(email ? [] : (["invalid-email"] as const)),
    ...checkPasswordPolicy(input.password, { email }),
  ];
  if (problems.length > 0 || !email) return { status: "invalid", problems };
  const passwordHash = await hashPassword(input.password);
  return createAccountOrReportTaken(email, async () => {
    const user = await db.user.create({
      data: { email, passwordHash, passwordChangedAt: now, kind: "ADMIN", emailVerifiedAt: now },
      select: { id: true },
    });
    return { status: "created", userId: user.id } as const;
  });
}
