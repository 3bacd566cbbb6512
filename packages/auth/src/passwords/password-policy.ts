import { COMMON_BASE_WORDS, COMMON_PASSWORDS } from "./common-passwords";

/** Stable codes the apps translate; never change a code's meaning. */
export type PasswordProblem =
  "too-short" | "too-long" | "contains-email" | "too-common" | "repetitive";

/**
 * Length over composition rules (NIST SP 800-63B, ASVS V6.2): at least 10 characters (ASVS asks
 * for 8 and recommends 12; 10 is where most breached passwords stop being acceptable without
 * pushing people to write them down), at most 128 so argon2 input stays bounded. Any Unicode is
 * allowed and counted in code points, so Vietnamese and Japanese passphrases are first-class.
 */
export const PASSWORD_LENGTH = { min: 10, max: 128 } as const;

/** Problems with a proposed password, empty when it is acceptable. */
export function checkPasswordPolicy(
  password: string,
  context: { email?: string | null } = {},
): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  const normalised = password.normalize("NFKC");
  const length = [...normalised].length;
  if (length < PASSWORD_LENGTH.min) problems.push("too-short");
  if (length > PASSWORD_LENGTH.max) problems.push("too-long");

  const lower = normalised.toLowerCase();
  const localPart = context.email?.trim().toLowerCase().split("@")[0] ?? "";
  // Very short local parts ("a@…") would refuse half of all passwords for no security gain.
  if (localPart.length >= 3 && lower.includes(localPart)) problems.push("contains-email");

  const withoutSuffix = lower.replace(/[^\p{L}]+$/u, "");
  if (COMMON_PASSWORDS.has(lower) || COMMON_BASE_WORDS.has(withoutSuffix)) {
    problems.push("too-common");
  }
  if (new Set(normalised).size < 4) problems.push("repetitive");
  return problems;
}
