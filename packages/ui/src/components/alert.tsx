import { cva, type VariantProps } from "class-variance-authority";
import type { HTMLAttributes, ReactNode } from "react";
import { cn } from "../lib/cn";

const alertVariants = cva("grid gap-1 rounded-card border p-4 text-sm", {
  variants: {
    tone: {
      info: "border-accent/30 bg-accent-soft text-ink",
      success: "border-success/30 bg-success-soft text-ink",
      warning: "border-warning/30 bg-warning-soft text-ink",
      danger: "border-danger/30 bg-danger-soft text-ink",
    },
  },
  defaultVariants: { tone: "info" },
});

export interface AlertProps
  extends Omit<HTMLAttributes<HTMLDivElement>, "title">, VariantProps<typeof alertVariants> {
  title?: ReactNode;
}

/**
 * An inline message. Danger alerts use role="alert" so a message that appears after an action
 * is announced; the others are polite status messages.
 */
export function Alert({ className, tone, title, children, ...props }: AlertProps) {
  return (
    <div
      role={tone === "danger" ? "alert" : "status"}
      className={cn(alertVariants({ tone }), className)}
      {...props}
    >
      {title ? <p className="font-semibold">{title}</p> : null}
      {children ? <div className="text-ink-muted">{children}</div> : null}
    </div>
  );
}
