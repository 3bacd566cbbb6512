import { hash, verify, type Algorithm, type Options } from "@node-rs/argon2";

/**
 * argon2id with the OWASP Password Storage Cheat Sheet minimum (19 MiB, 2 passes, 1 lane).
 * Parameters are stored in the PHC string, so raising them later only affects new hashes.
 */
const ARGON2ID_OWASP: Options = {
  // Argon2id; the package's enum is a `const enum`, which isolated modules cannot import.
  algorithm: 2 as Algorithm,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
};

export function hashPassword(password: string): Promise<string> {
  return hash(password.normalize("NFKC"), ARGON2ID_OWASP);
}

/** False for a wrong password and for a malformed stored hash (never throws on bad input). */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password.normalize("NFKC"));
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/**
 * Spends the same time as checking a real password, for sign-ins with an unknown email or an
 * account without a password, so response time does not reveal which emails are registered.
 */
export async function verifyDummyPassword(password: string): Promise<false> {
  dummyHash ??= hashPassword("tsunagu-timing-equaliser");
  await verifyPassword(await dummyHash, password);
  return false;
}
