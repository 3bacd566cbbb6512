import * as LabelPrimitive from "@radix-ui/react-label";
import { Slot } from "@radix-ui/react-slot";
import {
  forwardRef,
  useId,
  type ComponentPropsWithoutRef,
  type ReactElement,
  type ReactNode,
} from "react";
import { cn } from "../lib/cn";

export const Label = forwardRef<
  HTMLLabelElement,
  ComponentPropsWithoutRef<typeof LabelPrimitive.Root>
>(({ className, ...props }, ref) => (
  <LabelPrimitive.Root
    ref={ref}
    className={cn("text-sm font-medium text-ink", className)}
    {...props}
  />
));
Label.displayName = "Label";

export interface FieldProps {
  label: ReactNode;
  /** Help text shown under the label and announced with the control. */
  description?: ReactNode;
  /** Validation message; marks the control invalid and is announced with it. */
  error?: ReactNode;
  /** Marks the label for required fields; pass the translated word ("required"). */
  requiredLabel?: string;
  /** Use an existing id for the control, otherwise one is generated. */
  id?: string;
  className?: string;
  /** Exactly one control (Input, Select, Textarea…); it receives id and aria attributes. */
  children: ReactElement;
}

/**
 * A labelled form control with description and error message wired for assistive technology:
 * the label names the control, description and error describe it, and an error sets
 * `aria-invalid`.
 */
export function Field({
  label,
  description,
  error,
  requiredLabel,
  id,
  className,
  children,
}: FieldProps) {
  const generatedId = useId();
  const controlId = id ?? generatedId;
  const descriptionId = description ? `${controlId}-description` : undefined;
  const errorId = error ? `${controlId}-error` : undefined;
  const describedBy = [descriptionId, errorId].filter(Boolean).join(" ") || undefined;

  return (
    <div className={cn("grid gap-1.5", className)}>
      <Label htmlFor={controlId}>
        {label}
        {requiredLabel ? (
          <>
            {" "}
            <span className="text-xs font-normal text-ink-muted">({requiredLabel})</span>
          </>
        ) : null}
      </Label>
      {description ? (
        <p id={descriptionId} className="text-sm text-ink-muted">
          {description}
        </p>
      ) : null}
      <Slot id={controlId} aria-describedby={describedBy} aria-invalid={error ? true : undefined}>
        {children}
      </Slot>
      {error ? (
        <p id={errorId} className="text-sm font-medium text-danger">
          {error}
        </p>
      ) : null}
    </div>
  );
}
