import type { SubmissionResult } from "@conform-to/react";
import { i18nServer } from "@tsunagu/i18n/server";
import type { z } from "zod";
import { appErrorOf } from "./api-caller";
import { parseForm } from "./parse-form";

export interface FormOutcome<T> {
  /** For Conform's `lastResult`: what was typed and, when refused, why. */
  result: SubmissionResult<string[]>;
  /** What `run` returned when the form was accepted. */
  done?: T;
}

/**
 * An action that validates its form with the shared schema and then does the work (usually a
 * procedure call). Whatever refuses it comes back to the same form in the page's language:
 * the schema's problems at their fields, a domain rule's problem (AppError.fieldProblem) at
 * its field, anything else above the form. Errors not raised on purpose are rethrown.
 */
export async function submitForm<Schema extends z.ZodType, T>(
  request: Request,
  options: { schema: Schema; locale: string; run: (value: z.output<Schema>) => Promise<T> },
): Promise<FormOutcome<T>> {
  const { submission } = await parseForm(request, options.schema, options.locale);
  if (submission.status !== "success") return { result: submission.reply() };
  try {
    const done = await options.run(submission.value);
    return { result: submission.reply(), done };
  } catch (error) {
    const appError = appErrorOf(error);
    if (!appError) throw error;
    const t = await i18nServer.getFixedT(options.locale, "common");
    const problem = appError.fieldProblem;
    if (problem) {
      const message = t(
        `form.errors.${problem.key}` as "form.errors.invalid",
        problem.params ?? {},
      );
      return { result: submission.reply({ fieldErrors: { [problem.field]: [message] } }) };
    }
    return {
      result: submission.reply({
        formErrors: [t(`form.problems.${appError.code}` as "form.problems.failed")],
      }),
    };
  }
}
