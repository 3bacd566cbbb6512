import { Form, Link, useNavigation } from "@remix-run/react";
import { Button, Card } from "@tsunagu/ui";
import { FormErrors, getFormProps, type SubmissionResult } from "@tsunagu/ui/forms";
import type { FormMetadata } from "@conform-to/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

export interface SectionFormProps<Schema extends Record<string, unknown>> {
  form: FormMetadata<Schema, string[]>;
  title: string;
  description: string;
  /** When the last save succeeded, its time as the reader's clock shows it. */
  savedAt?: string;
  next?: { to: string; label: string };
  children: ReactNode;
}

/**
 * One section of the resume builder: its own form and Save button, a "saved" confirmation that
 * screen readers hear, and the way on to the next section. Works without JavaScript.
 */
export function SectionForm<Schema extends Record<string, unknown>>({
  form,
  title,
  description,
  savedAt,
  next,
  children,
}: SectionFormProps<Schema>) {
  const { t } = useTranslation("resume");
  const { t: tCommon } = useTranslation("common");
  const saving = useNavigation().state === "submitting";
  return (
    <Card className="grid gap-6">
      <header className="grid gap-1">
        <h2 className="text-xl font-semibold text-ink">{title}</h2>
        <p className="text-sm text-ink-muted">{description}</p>
      </header>
      <Form method="post" {...getFormProps(form)} className="grid gap-5">
        <FormErrors errors={form.errors} id={form.errorId} />
        {children}
        <div className="flex flex-wrap items-center gap-3 border-t border-line pt-5">
          <Button type="submit" disabled={saving}>
            {saving ? tCommon("form.saving") : tCommon("form.save")}
          </Button>
          {/* Always in the page, so screen readers announce the confirmation when it appears. */}
          <p role="status" className="text-sm font-medium text-success">
            {savedAt ? t("savedAt", { time: savedAt }) : null}
          </p>
          {next ? (
            <Link
              to={next.to}
              className="ml-auto text-sm font-medium text-accent-strong underline-offset-4 hover:underline"
            >
              {t("next", { section: next.label })}
            </Link>
          ) : null}
        </div>
      </Form>
    </Card>
  );
}

export type { SubmissionResult };
