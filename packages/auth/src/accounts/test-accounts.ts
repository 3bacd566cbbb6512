import type { Db } from "@tsunagu/db";

import { signUpEmployer } from "./sign-up-employer";
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

/** A company owner created through the real company sign-up, verified unless told otherwise. */
export async function signedUpEmployer(
  db: Db,
  password: string,
  options: { verified?: boolean; now?: Date } = {},
) {
  const now = options.now ?? new Date();
  const email = `employer.${crypto.randomUUID()}@example.test`;
  const result = await signUpEmployer(db, {
    email,
    password,
    displayName: "Aoi Tanaka",
    companyName: "Kanagawa Robotics",
    locale: "JA",
    ip: `setup-${crypto.randomUUID()}`,
    now,
  });
  if (result.status !== "created") throw new Error(`test sign-up failed: ${result.status}`);
  if (options.verified ?? true) {
    await db.user.update({ where: { id: result.userId }, data: { emailVerifiedAt: now } });
  }
  return { email, userId: result.userId };
}
