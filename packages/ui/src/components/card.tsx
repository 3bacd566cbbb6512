import { forwardRef, type HTMLAttributes } from "react";
import { cn } from "../lib/cn";

export const Card = forwardRef<HTMLDivElement, HTMLAttributes<HTMLDivElement>>(
  ({ className, ...props }, ref) => (
    <div
      ref={ref}
      className={cn("rounded-card border border-line bg-surface p-6 shadow-xs", className)}
      {...props}
    />
  ),
);
Card.displayName = "Card";

/**
 * A card's heading. Level 3 by default (cards inside a page section's h2); a card directly under
 * the page's h1 says `level={2}`, so headings never skip a level.
 */
export const CardTitle = forwardRef<
  HTMLHeadingElement,
  HTMLAttributes<HTMLHeadingElement> & { level?: 2 | 3 | 4 }
>(({ className, level = 3, ...props }, ref) => {
  const Heading = `h${level}` as const;
  return (
    <Heading ref={ref} className={cn("text-base font-semibold text-ink", className)} {...props} />
  );
});
CardTitle.displayName = "CardTitle";

export const CardDescription = forwardRef<
  HTMLParagraphElement,
  HTMLAttributes<HTMLParagraphElement>
>(({ className, ...props }, ref) => (
  <p
    ref={ref}
    className={cn("mt-2 text-sm leading-relaxed text-ink-muted", className)}
    {...props}
  />
));
CardDescription.displayName = "CardDescription";
