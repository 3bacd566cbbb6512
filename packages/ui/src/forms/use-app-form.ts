import { useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { localizeIssues } from "./issues";

export interface AppFormOptions<Schema extends z.ZodType> {
  schema: Schema;
  /** The action's answer for this form (`submission.reply()`), if it was the last one sent. */
  lastResult?: SubmissionResult<string[]> | null;
  /** What the form shows before anything is typed (the saved values). */
  defaultValue?: z.input<Schema> | Record<string, unknown> | null;
  /** Needed when a page holds several forms of the same shape. */
  id?: string;
}

/**
 * A form validated in the browser by the schema the server validates with, messages in the
 * page's language: first on leaving a field, then as the reader corrects it. Without
 * JavaScript the same form posts and the server answers with the same messages.
 */
export function useAppForm<Schema extends z.ZodType>({
  schema,
  lastResult,
  defaultValue,
  id,
}: AppFormOptions<Schema>) {
  const { t } = useTranslation("common");
  return useForm<z.input<Schema> & Record<string, unknown>, z.output<Schema>, string[]>({
    id,
    lastResult,
    defaultValue: defaultValue as never,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate({ formData }) {
      return parseWithZod(formData, { schema, formatError: localizeIssues(t) });
    },
  });
}
