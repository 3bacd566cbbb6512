import { useId, type ReactNode } from "react";
import { cn } from "../lib/cn";
import { Card, CardDescription, CardTitle } from "./card";

export interface HeroProps {
  eyebrow?: ReactNode;
  title: ReactNode;
  lead?: ReactNode;
  /** Calls to action, usually Buttons. */
  actions?: ReactNode;
  /** Extra content beside the text on wide screens (e.g. a status card). */
  aside?: ReactNode;
}

/** The opening of a landing page; its title is the page's only <h1>. */
export function Hero({ eyebrow, title, lead, actions, aside }: HeroProps) {
  return (
    <section className="border-b border-line bg-gradient-to-b from-accent-soft/70 to-canvas">
      <div
        className={cn(
          "mx-auto grid max-w-6xl gap-10 px-4 py-16 sm:px-6 sm:py-20",
          aside ? "lg:grid-cols-[minmax(0,1fr)_22rem] lg:items-center" : undefined,
        )}
      >
        <div className="max-w-3xl">
          {eyebrow ? <p className="text-sm font-semibold text-accent-strong">{eyebrow}</p> : null}
          <h1 className="mt-3 text-4xl leading-[1.2] font-bold tracking-tight text-balance text-ink sm:text-5xl">
            {title}
          </h1>
          {lead ? (
            <p className="mt-5 text-lg leading-relaxed text-pretty text-ink-muted">{lead}</p>
          ) : null}
          {actions ? <div className="mt-8 flex flex-wrap gap-3">{actions}</div> : null}
        </div>
        {aside}
      </div>
    </section>
  );
}

export interface PageSectionProps {
  id?: string;
  title: ReactNode;
  lead?: ReactNode;
  children?: ReactNode;
  className?: string;
}

/** A titled region of a page; the heading names the region for screen-reader navigation. */
export function PageSection({ id, title, lead, children, className }: PageSectionProps) {
  const headingId = useId();
  return (
    <section
      id={id}
      aria-labelledby={headingId}
      className={cn("mx-auto max-w-6xl scroll-mt-20 px-4 py-14 sm:px-6", className)}
    >
      <h2 id={headingId} className="text-2xl font-bold tracking-tight text-ink sm:text-3xl">
        {title}
      </h2>
      {lead ? (
        <p className="mt-3 max-w-3xl text-base leading-relaxed text-ink-muted">{lead}</p>
      ) : null}
      {children ? <div className="mt-8">{children}</div> : null}
    </section>
  );
}

/**
 * FeatureGrid items from translation keys `${prefix}.${key}.${titleKey}` and `${prefix}.${key}.body`,
 * the way the landing pages' sections are written.
 */
export function keyedFeatures(
  t: (...args: never[]) => unknown,
  prefix: string,
  keys: readonly string[],
  titleKey = "title",
): FeatureItem[] {
  // The keys are built here, so the typed-key check of a namespace's t cannot apply.
  const text = t as unknown as (key: string) => string;
  return keys.map((key) => ({
    key,
    title: text(`${prefix}.${key}.${titleKey}`),
    body: text(`${prefix}.${key}.body`),
  }));
}

/** A section holding one highlighted paragraph, e.g. the landing pages' privacy promise. */
export function CalloutSection({
  id,
  title,
  body,
}: {
  id?: string;
  title: ReactNode;
  body: ReactNode;
}) {
  return (
    <PageSection id={id} title={title} className="pb-20">
      <Card className="max-w-3xl border-accent/30 bg-accent-soft/60">
        <p className="text-base leading-relaxed text-ink">{body}</p>
      </Card>
    </PageSection>
  );
}

export interface FeatureItem {
  key: string;
  title: ReactNode;
  body: ReactNode;
}

export interface FeatureGridProps {
  items: readonly FeatureItem[];
  /** Numbered steps (an ordered list) rather than a set of equal points. */
  ordered?: boolean;
  columns?: 2 | 3 | 4;
}

export function FeatureGrid({ items, ordered = false, columns = 3 }: FeatureGridProps) {
  const List = ordered ? "ol" : "ul";
  return (
    <List
      className={cn(
        "grid gap-4 sm:grid-cols-2",
        columns === 3 && "lg:grid-cols-3",
        columns === 4 && "lg:grid-cols-4",
      )}
    >
      {items.map((item, index) => (
        <li key={item.key} className="flex">
          <Card className="flex-1">
            {ordered ? (
              <span
                aria-hidden="true"
                className="mb-3 inline-flex size-8 items-center justify-center rounded-full bg-accent text-sm font-bold text-accent-contrast"
              >
                {index + 1}
              </span>
            ) : null}
            <CardTitle>{item.title}</CardTitle>
            <CardDescription>{item.body}</CardDescription>
          </Card>
        </li>
      ))}
    </List>
  );
}

export interface StatusPageProps {
  /** The status line, e.g. "Error 404". */
  status: ReactNode;
  title: ReactNode;
  description: ReactNode;
  action?: ReactNode;
}

/** Error and not-found pages: a plain explanation and a way back, inside the normal layout. */
export function StatusPage({ status, title, description, action }: StatusPageProps) {
  return (
    <div className="mx-auto flex max-w-2xl flex-col items-start gap-4 px-4 py-24 sm:px-6">
      <p className="text-sm font-semibold text-accent-strong">{status}</p>
      <h1 className="text-3xl leading-[1.25] font-bold tracking-tight text-ink sm:text-4xl">
        {title}
      </h1>
      <p className="text-base leading-relaxed text-ink-muted">{description}</p>
      {action ? <div className="mt-4">{action}</div> : null}
    </div>
  );
}
