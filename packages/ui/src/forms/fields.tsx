import {
  getInputProps,
  getSelectProps,
  getTextareaProps,
  type FieldMetadata,
} from "@conform-to/react";
import type { ChangeEvent, InputHTMLAttributes, ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Field } from "../components/field";
import { Input, Select, Textarea } from "../components/input";
import { cn } from "../lib/cn";

/**
 * Form controls bound to a Conform field: name, saved value, validation attributes and the
 * field's translated errors, with the label, help text and error wired for screen readers by
 * Field. One of these per input keeps every form of the product alike.
 */
interface BoundFieldProps {
  field: FieldMetadata<unknown>;
  label: ReactNode;
  description?: ReactNode;
  /** Shows "(required)" after the label; the schema decides what is really required. */
  required?: boolean;
  className?: string;
}

function useRequiredLabel(required: boolean | undefined) {
  const { t } = useTranslation("common");
  return required ? t("form.required") : undefined;
}

const errorOf = (field: FieldMetadata<unknown>) =>
  field.errors?.length ? field.errors.join(" ") : undefined;

export function TextField({
  field,
  label,
  description,
  required,
  className,
  type = "text",
  ...input
}: BoundFieldProps & {
  type?: "text" | "email" | "tel" | "url" | "number" | "date" | "month";
} & Omit<
    InputHTMLAttributes<HTMLInputElement>,
    "type" | "name" | "id" | "defaultValue" | "required"
  >) {
  const requiredLabel = useRequiredLabel(required);
  const { key, ...props } = getInputProps(field, { type, ariaAttributes: false });
  return (
    <Field
      id={field.id}
      label={label}
      description={description}
      error={errorOf(field)}
      requiredLabel={requiredLabel}
      className={className}
    >
      <Input key={key} {...props} {...input} />
    </Field>
  );
}

export function TextareaField({
  field,
  label,
  description,
  required,
  className,
  rows,
}: BoundFieldProps & { rows?: number }) {
  const requiredLabel = useRequiredLabel(required);
  const { key, ...props } = getTextareaProps(field, { ariaAttributes: false });
  return (
    <Field
      id={field.id}
      label={label}
      description={description}
      error={errorOf(field)}
      requiredLabel={requiredLabel}
      className={className}
    >
      <Textarea key={key} rows={rows} {...props} />
    </Field>
  );
}

export interface SelectOption {
  value: string;
  label: string;
}

export function SelectField({
  field,
  label,
  description,
  required,
  className,
  options,
  placeholder,
}: BoundFieldProps & {
  options: readonly SelectOption[];
  /** The empty choice's text; none when a value is required. */ placeholder?: string;
}) {
  const requiredLabel = useRequiredLabel(required);
  const { key, ...props } = getSelectProps(field, { ariaAttributes: false });
  return (
    <Field
      id={field.id}
      label={label}
      description={description}
      error={errorOf(field)}
      requiredLabel={requiredLabel}
      className={className}
    >
      <Select key={key} {...props}>
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}

/** A checkbox with its label beside it; the value posted is "on". */
/**
 * A checkbox is validated as soon as it changes. An unticked box is absent from a submission, so
 * after a refused save Conform still counts it as never validated and would only re-check the
 * form when the box loses focus: the error it clears then (e.g. "give the end month or tick
 * current") vanishes at the mousedown on the next button, the layout moves up, and that click
 * lands nowhere. Telling Conform the box was left (its "blur" trigger) validates it right away.
 */
function validateOnChange(event: ChangeEvent<HTMLInputElement>) {
  event.currentTarget.dispatchEvent(new FocusEvent("focusout", { bubbles: true }));
}

export function CheckboxField({
  field,
  label,
  description,
  className,
}: Omit<BoundFieldProps, "required">) {
  const { key, ...props } = getInputProps(field, { type: "checkbox", ariaAttributes: false });
  const error = errorOf(field);
  const describedBy = [description ? `${field.id}-description` : null, error ? field.errorId : null]
    .filter(Boolean)
    .join(" ");
  return (
    <div className={cn("grid gap-1", className)}>
      <label className="flex items-start gap-3 text-sm text-ink" htmlFor={field.id}>
        <input
          key={key}
          {...props}
          onChange={validateOnChange}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy || undefined}
          className="mt-0.5 size-4 shrink-0 rounded border-line accent-[var(--color-accent)]"
        />
        <span className="font-medium">{label}</span>
      </label>
      {description ? (
        <p id={`${field.id}-description`} className="pl-7 text-sm text-ink-muted">
          {description}
        </p>
      ) : null}
      {error ? (
        <p id={field.errorId} className="pl-7 text-sm font-medium text-danger">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** Errors of the whole form (not of one field), e.g. "this was changed elsewhere". */
export function FormErrors({ errors, id }: { errors: string[] | undefined; id?: string }) {
  if (!errors?.length) return null;
  return (
    <div
      id={id}
      role="alert"
      className="rounded-lg border border-danger/40 bg-danger-soft px-4 py-3 text-sm text-danger"
    >
      {errors.join(" ")}
    </div>
  );
}
