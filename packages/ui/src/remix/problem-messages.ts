import type { TFunction } from "i18next";

/** Every message code the account forms can show under a field. */
export type AccountProblem =
  | "invalid-email"
  | "too-short"
  | "too-long"
  | "contains-email"
  | "too-common"
  | "repetitive"
  | "invalid-birth-date"
  | "below-minimum-age"
  | "invalid-display-name"
  | "invalid-company-name"
  | "rate-limited"
  | "wrong-password";

/** The translated messages for the problems of one field, or undefined when it has none. */
export function problemMessages(
  t: TFunction<"common">,
  problems: readonly AccountProblem[] | undefined,
  values: { age?: number } = {},
): string | undefined {
  if (!problems?.length) return undefined;
  return problems.map((problem) => t(`auth.problems.${problem}`, values)).join(" ");
}
