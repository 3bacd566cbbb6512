import { getCollectionProps, type FieldMetadata } from "@conform-to/react";
import { cn } from "@tsunagu/ui";

/**
 * A group of checkboxes for a multiple choice from a closed vocabulary (job types, places): a
 * fieldset with its legend, help and error, the saved choices ticked. Posts one value per tick,
 * so it works without JavaScript.
 */
export function ChoiceGroup({
  field,
  legend,
  description,
  options,
  columns = "sm:grid-cols-2",
}: {
  field: FieldMetadata<unknown>;
  legend: string;
  description?: string;
  options: readonly { value: string; label: string }[];
  columns?: string;
}) {
  const error = field.errors?.length ? field.errors.join(" ") : undefined;
  const describedBy = [description ? `${field.id}-description` : null, error ? field.errorId : null]
    .filter(Boolean)
    .join(" ");
  const boxes = getCollectionProps(field, {
    type: "checkbox",
    options: options.map((option) => option.value),
    ariaAttributes: false,
  });
  const labelOf = new Map(options.map((option) => [option.value, option.label]));
  return (
    <fieldset className="grid gap-2" aria-describedby={describedBy || undefined}>
      <legend className="text-sm font-medium text-ink">{legend}</legend>
      {description ? (
        <p id={`${field.id}-description`} className="text-sm text-ink-muted">
          {description}
        </p>
      ) : null}
      <div className={cn("grid gap-2", columns)}>
        {boxes.map(({ key, ...box }) => (
          <label key={key} htmlFor={box.id} className="flex items-start gap-3 text-sm text-ink">
            <input
              {...box}
              aria-invalid={error ? true : undefined}
              className="mt-0.5 size-4 shrink-0 rounded border-line accent-[var(--color-accent)]"
            />
            <span>{labelOf.get(box.value)}</span>
          </label>
        ))}
      </div>
      {error ? (
        <p id={field.errorId} className="text-sm font-medium text-danger">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
