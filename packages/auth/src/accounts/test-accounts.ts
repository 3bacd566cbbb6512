import type { Db } from "@tsunagu/db";

import { signUpSeeker } from "./sign-up-seeker";

/** A verified seeker created through the real sign-up path, for integration tests. */
export async function signedUpSeeker(db: Db, password: string, now = new Date()) {
  const email = `seeker.${crypto.randomUUID()}@example.test`;
  const result = await signUpSeeker(db, {
    email,
    password,
    birthDate: "1998-04-01",
    locale: "EN",
    ip: `setup-${crypto.randomUUID()}`,
    now,
  });
  if (result.status !== "created") throw new Error(`test sign-up failed: ${result.status}`);
  await db.user.update({ where: { id: result.userId }, data: { emailVerifiedAt: now } });
  return { email, userId: result.userId, verification: result.verification };
}
