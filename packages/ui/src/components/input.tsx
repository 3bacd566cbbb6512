import {
  forwardRef,
  type InputHTMLAttributes,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from "react";
import { cn } from "../lib/cn";

/** Shared look of every text-like control; `aria-invalid` turns the border red. */
export const controlClasses =
  "block w-full rounded-lg border border-line bg-surface px-3 text-sm text-ink shadow-xs placeholder:text-ink-muted/70 focus-visible:border-accent focus-visible:outline-2 focus-visible:outline-offset-0 focus-visible:outline-accent/40 disabled:cursor-not-allowed disabled:bg-surface-muted aria-invalid:border-danger aria-invalid:focus-visible:outline-danger/40";

export const Input = forwardRef<HTMLInputElement, InputHTMLAttributes<HTMLInputElement>>(
  ({ className, type = "text", ...props }, ref) => (
    <input ref={ref} type={type} className={cn(controlClasses, "h-10", className)} {...props} />
  ),
);
Input.displayName = "Input";

export const Textarea = forwardRef<
  HTMLTextAreaElement,
  TextareaHTMLAttributes<HTMLTextAreaElement>
>(({ className, rows = 4, ...props }, ref) => (
  <textarea
    ref={ref}
    rows={rows}
    className={cn(controlClasses, "min-h-20 py-2", className)}
    {...props}
  />
));
Textarea.displayName = "Textarea";

/**
 * A native select: it works without JavaScript, on every phone, and with every screen reader,
 * which a scripted listbox cannot promise for plain forms.
 */
export const Select = forwardRef<HTMLSelectElement, SelectHTMLAttributes<HTMLSelectElement>>(
  ({ className, ...props }, ref) => (
    <select ref={ref} className={cn(controlClasses, "h-10 pr-8", className)} {...props} />
  ),
);
Select.displayName = "Select";
