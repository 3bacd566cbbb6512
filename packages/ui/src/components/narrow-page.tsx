import type { ReactNode } from "react";
import { cn } from "../lib/cn";

export interface NarrowPageProps {
  title: ReactNode;
  lead?: ReactNode;
  /** Wider pages (account settings) need room for tables. */
  width?: "form" | "settings";
  children: ReactNode;
}

/** A single-column page with one heading: sign-in, sign-up and settings forms. */
export function NarrowPage({ title, lead, width = "form", children }: NarrowPageProps) {
  return (
    <section
      className={cn(
        "mx-auto grid gap-6 px-4 py-12 sm:px-6",
        width === "form" ? "max-w-md" : "max-w-3xl",
      )}
    >
      <header className="grid gap-2">
        <h1 className="text-2xl font-bold tracking-tight text-ink">{title}</h1>
        {lead ? <p className="text-sm leading-relaxed text-ink-muted">{lead}</p> : null}
      </header>
      {children}
    </section>
  );
}
