import type { TFunction } from "i18next";
import type { z } from "zod";

type Issue = z.core.$ZodIssue & {
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  format?: string;
  params?: { key?: string; [name: string]: unknown };
  input?: unknown;
};

/**
 * The message a reader sees for one validation problem, in the page's language. Issues are
 * translated by their code (and, for refinements of our own, by `params.key`), never by the
 * schema's English message: the same schema validates in the browser (Conform) and on the
 * server, and answers API callers in English.
 */
export function issueMessage(t: TFunction<"common">, issue: Issue): string {
  const key = issue.params?.key;
  if (issue.code === "custom" && typeof key === "string") {
    return t(`form.errors.${key}` as "form.errors.invalid", {
      ...issue.params,
      defaultValue: issue.message,
    });
  }
  const empty = issue.input === undefined || issue.input === null || issue.input === "";
  switch (issue.code) {
    case "invalid_type":
      return empty ? t("form.errors.required") : t("form.errors.invalid");
    case "too_small":
      if (issue.origin === "string") {
        return Number(issue.minimum) <= 1
          ? t("form.errors.required")
          : t("form.errors.tooShort", { count: Number(issue.minimum) });
      }
      if (issue.origin === "array" || issue.origin === "set")
        return t("form.errors.tooFew", { count: Number(issue.minimum) });
      return t("form.errors.tooSmall", { min: Number(issue.minimum) });
    case "too_big":
      if (issue.origin === "string")
        return t("form.errors.tooLong", { count: Number(issue.maximum) });
      if (issue.origin === "array" || issue.origin === "set")
        return t("form.errors.tooMany", { count: Number(issue.maximum) });
      return t("form.errors.tooBig", { max: Number(issue.maximum) });
    case "invalid_format":
      return issue.format === "email" ? t("form.errors.email") : t("form.errors.format");
    case "invalid_value":
      return empty ? t("form.errors.required") : t("form.errors.choose");
    case "not_multiple_of":
      return t("form.errors.wholeNumber");
    default:
      return t("form.errors.invalid");
  }
}

/** Conform's `formatError`: every issue of a field, translated. */
export function localizeIssues(t: TFunction<"common">) {
  return (issues: z.core.$ZodIssue[]): string[] =>
    issues.map((issue) => issueMessage(t, issue as Issue));
}
