import { parseWithZod } from "@conform-to/zod/v4";
import { i18nServer } from "@tsunagu/i18n/server";
import { localizeIssues } from "@tsunagu/ui/forms";
import type { z } from "zod";
import { readForm } from "./forms";

/**
 * An action's form, validated by the same schema the browser validated it with (Conform), the
 * messages in the request's language. Returns the submission: `submission.reply()` is what the
 * page gets back, with what was typed and why it was refused.
 */
export async function parseForm<Schema extends z.ZodType>(
  request: Request,
  schema: Schema,
  locale: string,
) {
  const form = await readForm(request);
  const t = await i18nServer.getFixedT(locale, "common");
  return { form, submission: parseWithZod(form, { schema, formatError: localizeIssues(t) }) };
}
