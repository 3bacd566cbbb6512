import type { FieldMetadata, FormMetadata } from "@conform-to/react";
import { cn } from "@tsunagu/ui";
import type { ReactNode } from "react";
import { IntentButton } from "./intent-button";

export interface ListSectionProps<Item extends Record<string, unknown>> {
  /** The section's form, for its insert and remove intents. */
  form: FormMetadata<Record<string, unknown>, string[]>;
  /** The list field (e.g. `fields.experiences`). */
  list: FieldMetadata<Item[] | undefined, Record<string, unknown>, string[]>;
  /** What a new row starts with: every field of the row, empty. */
  emptyRow: Record<string, unknown>;
  /** Shown while the list is empty. */
  empty: ReactNode;
  addLabel: string;
  addAnotherLabel: string;
  /** The remove button's accessible name, for the row's number (1-based). */
  removeLabel: (number: number) => string;
  /** The fields of one row. */
  renderRow: (
    row: FieldMetadata<Item, Record<string, unknown>, string[]>,
    index: number,
  ) => ReactNode;
  /** Layout classes of a row (a grid), e.g. "sm:grid-cols-2". */
  rowClassName?: string;
  /** Where the remove button sits in the row's grid. */
  removeClassName?: string;
  /** A heading, when a form holds several lists (skills and certifications). */
  legend?: string;
}

/**
 * A list of entries in a resume section (languages, jobs, skills, schools, referees): the rows,
 * "Add …" and "Remove …" as submit buttons carrying Conform's intents, so the same form works
 * with and without JavaScript. A removal takes effect on Save, which the section says.
 */
export function ListSection<Item extends Record<string, unknown>>({
  form,
  list,
  emptyRow,
  empty,
  addLabel,
  addAnotherLabel,
  removeLabel,
  renderRow,
  rowClassName,
  removeClassName,
  legend,
}: ListSectionProps<Item>) {
  const rows = list.getFieldList();
  const body = (
    <>
      {rows.length === 0 ? (
        <p className="rounded-lg border border-dashed border-line p-4 text-sm text-ink-muted">
          {empty}
        </p>
      ) : (
        <ol className="grid gap-4">
          {rows.map((row, index) => (
            <li
              key={row.key}
              className={cn("grid gap-4 rounded-lg border border-line p-4", rowClassName)}
            >
              {renderRow(row, index)}
              <div className={removeClassName}>
                <IntentButton
                  variant="outline"
                  size="sm"
                  {...form.remove.getButtonProps({ name: list.name, index })}
                >
                  {removeLabel(index + 1)}
                </IntentButton>
              </div>
            </li>
          ))}
        </ol>
      )}
      <div>
        <IntentButton
          variant="secondary"
          {...form.insert.getButtonProps({ name: list.name, defaultValue: emptyRow as never })}
        >
          {rows.length === 0 ? addLabel : addAnotherLabel}
        </IntentButton>
      </div>
    </>
  );
  if (!legend) return body;
  return (
    <fieldset className="grid gap-4">
      <legend className="mb-2 text-base font-semibold text-ink">{legend}</legend>
      {body}
    </fieldset>
  );
}
