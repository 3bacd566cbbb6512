import { Form, Link } from "@remix-run/react";
import type { SubmissionResult } from "@conform-to/react";
import type { ReactNode } from "react";
import type { z } from "zod";
import { Alert } from "../components/alert";
import { Badge } from "../components/badge";
import { Button } from "../components/button";
import { Card, CardTitle } from "../components/card";
import { Field } from "../components/field";
import { Select } from "../components/input";
import { FormErrors, getFormProps, TextField, useAppForm } from "../forms";

/**
 * One saved search with its alert, as the seeker's job alerts (F8) and an employer's saved
 * resume searches (F12) list them: run it, change how often it mails, rename it, delete it.
 * Every action is a plain POST form with `intent` and `id`, so the page works without
 * JavaScript; the app's action decides what each intent does.
 */
export interface SavedSearchCardProps {
  id: string;
  name: string;
  /** The search in words (query, filters), one badge each. */
  summary: string[];
  summaryLabel: string;
  /** "Saved on …" and, once one went, "last mail …": already written in the page's language. */
  dates: string;
  /** A refusal of this row's own forms (other than rename, which shows its own). */
  errors?: string[] | null;
  runHref: string;
  frequency: {
    /** The intent and field names the app's action reads. */
    intent: string;
    field: string;
    value: string;
    options: { value: string; label: string }[];
    label: string;
    submit: string;
    help?: string;
  };
  labels: {
    run: string;
    runLabel: string;
    deleteLabel: string;
    deleteConfirm: string;
    deleteSubmit: string;
  };
  /** The rename form (RenameSavedSearch with the app's schema). */
  rename: ReactNode;
  submitting: boolean;
}

export function SavedSearchCard(props: SavedSearchCardProps) {
  const { id, name, frequency, labels, submitting } = props;
  const frequencyId = `${frequency.field}-${id}`;
  return (
    <Card className="grid gap-4">
      <div className="grid gap-2">
        <CardTitle level={2} className="[overflow-wrap:anywhere]">
          {name}
        </CardTitle>
        <ul className="flex flex-wrap gap-2" aria-label={props.summaryLabel}>
          {props.summary.map((part) => (
            <li key={part}>
              <Badge>{part}</Badge>
            </li>
          ))}
        </ul>
        <p className="text-xs text-ink-muted">{props.dates}</p>
      </div>
      {props.errors?.length ? <Alert tone="danger">{props.errors.join(" ")}</Alert> : null}

      <div className="flex flex-wrap items-end gap-3">
        <Button asChild>
          <Link to={props.runHref} aria-label={labels.runLabel}>
            {labels.run}
          </Link>
        </Button>
        <Form method="post" className="flex flex-wrap items-end gap-2">
          <input type="hidden" name="intent" value={frequency.intent} />
          <input type="hidden" name="id" value={id} />
          <Field id={frequencyId} label={frequency.label}>
            <Select name={frequency.field} defaultValue={frequency.value} key={frequency.value}>
              {frequency.options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </Select>
          </Field>
          <Button type="submit" variant="outline" disabled={submitting}>
            {frequency.submit}
          </Button>
        </Form>
      </div>
      {frequency.help ? <p className="text-xs text-ink-muted">{frequency.help}</p> : null}

      <div className="grid gap-3 border-t border-line pt-3 sm:grid-cols-2">
        {props.rename}
        <details className="text-sm">
          <summary className="cursor-pointer font-medium text-danger">{labels.deleteLabel}</summary>
          <Form method="post" className="mt-3 grid gap-3">
            <input type="hidden" name="intent" value="delete" />
            <input type="hidden" name="id" value={id} />
            <input type="hidden" name="name" value={name} />
            <p>{labels.deleteConfirm}</p>
            <div>
              <Button type="submit" variant="destructive" size="sm" disabled={submitting}>
                {labels.deleteSubmit}
              </Button>
            </div>
          </Form>
        </details>
      </div>
    </Card>
  );
}

/** The rename form of a SavedSearchCard, validated by the app's schema (its `name` field). */
export function RenameSavedSearch<Schema extends z.ZodType>({
  schema,
  id,
  name,
  lastResult,
  labels,
}: {
  schema: Schema;
  id: string;
  name: string;
  /** The refused rename of this row, if it was one: the form opens with its errors. */
  lastResult: SubmissionResult<string[]> | undefined;
  labels: { summary: string; newName: string; submit: string };
}) {
  const [form, fields] = useAppForm({
    schema,
    id: `rename-${id}`,
    lastResult,
    defaultValue: { id, name, intent: "rename" },
  });
  return (
    <details className="text-sm" open={lastResult !== undefined}>
      <summary className="cursor-pointer font-medium text-accent-strong">{labels.summary}</summary>
      <Form method="post" {...getFormProps(form)} className="mt-3 grid gap-3">
        <FormErrors errors={form.errors} id={form.errorId} />
        <input type="hidden" name="intent" value="rename" />
        <input type="hidden" name="id" value={id} />
        <TextField field={fields.name!} label={labels.newName} maxLength={100} />
        <div>
          <Button type="submit" variant="outline" size="sm">
            {labels.submit}
          </Button>
        </div>
      </Form>
    </details>
  );
}
