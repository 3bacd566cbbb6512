/**
 * Measures the scrubber on a labelled corpus: for each class of personal value, the share of
 * values it removed, and the share of ordinary words it kept. Pure: the corpus comes in as
 * parsed data (see scripts/privacy-eval.ts and corpus/README.md).
 */
import { z } from "zod";
import { createScrubSpanFinder } from "./scrub";
import type { Span } from "./fold";

const labelSchema = z.object({
  /** The exact substring of `text`. */
  text: z.string().min(1),
  /** Which occurrence of it, counting from 1, when it appears more than once. */
  occurrence: z.number().int().min(1).optional(),
});

export const PERSONAL_VALUE_CLASSES = [
  "email", "phone", "url", "handle", "name", "employer", "station", "referee", "identifier",
] as const;

/** What an ordinary word resembles, to see which kind of look-alike the scrubber still cuts. */
export const ORDINARY_WORD_CLASSES = ["name-like", "employer-like", "place", "number", "word"] as const;

export const corpusCaseSchema = z.object({
  id: z.string().min(1),
  language: z.enum(["en", "vi", "ja"]),
  text: z.string().min(1),
  /** The person's own values, as the projection would pass them to the scrubber. */
  terms: z.object({
    names: z.array(z.string()).default([]),
    employers: z.array(z.string()).default([]),
    places: z.array(z.string()).default([]),
    literals: z.array(z.string()).default([]),
  }),
  personal: z.array(labelSchema.extend({ class: z.enum(PERSONAL_VALUE_CLASSES) })),
  /** Ordinary words that must survive, often ones that resemble a personal value. */
  keep: z.array(labelSchema.extend({ class: z.enum(ORDINARY_WORD_CLASSES).default("word") })),
});

export type CorpusCase = z.output<typeof corpusCaseSchema>;

export interface ClassScore {
  total: number;
  /** Personal values removed whole, or ordinary words left untouched. */
  correct: number;
}

export interface CorpusReport {
  cases: number;
  removed: Record<string, ClassScore>;
  kept: Record<string, ClassScore>;
  removedTotal: ClassScore;
  keptTotal: ClassScore;
  /** Case ids and labels that went wrong, without the text itself. */
  failures: string[];
}

function spanOf(text: string, label: z.infer<typeof labelSchema>, caseId: string): Span {
  let at = -1;
  for (let n = 0; n < (label.occurrence ?? 1); n++) {
    at = text.indexOf(label.text, at + 1);
    if (at < 0) throw new Error(`corpus case ${caseId}: label not found in its text`);
  }
  return [at, at + label.text.length];
}

const covered = (span: Span, cuts: readonly Span[]) => cuts.some(([s, e]) => s <= span[0] && span[1] <= e);
const touched = (span: Span, cuts: readonly Span[]) => cuts.some(([s, e]) => s < span[1] && span[0] < e);

function score(scores: Record<string, ClassScore>, key: string, ok: boolean): void {
  const entry = (scores[key] ??= { total: 0, correct: 0 });
  entry.total += 1;
  if (ok) entry.correct += 1;
}

export function evaluateCorpus(cases: readonly CorpusCase[]): CorpusReport {
  const report: CorpusReport = {
    cases: cases.length,
    removed: {},
    kept: {},
    removedTotal: { total: 0, correct: 0 },
    keptTotal: { total: 0, correct: 0 },
    failures: [],
  };
  for (const c of cases) {
    const cuts = createScrubSpanFinder(c.terms)(c.text);
    for (const label of c.personal) {
      const ok = covered(spanOf(c.text, label, c.id), cuts);
      score(report.removed, label.class, ok);
      if (!ok) report.failures.push(`${c.id}: a ${label.class} was not removed`);
    }
    for (const [i, label] of c.keep.entries()) {
      const ok = !touched(spanOf(c.text, label, c.id), cuts);
      score(report.kept, label.class, ok);
      if (!ok) report.failures.push(`${c.id}: ordinary word #${i + 1} was cut`);
    }
  }
  for (const [scores, total] of [[report.removed, report.removedTotal], [report.kept, report.keptTotal]] as const) {
    for (const s of Object.values(scores)) {
      total.total += s.total;
      total.correct += s.correct;
    }
  }
  return report;
}

const share = ({ total, correct }: ClassScore) => (total === 0 ? "—" : `${((correct / total) * 100).toFixed(1)} %`);

/** The report as the lines `pnpm privacy:eval` prints. */
export function formatCorpusReport(report: CorpusReport): string[] {
  const lines = [`${report.cases} cases`, "", "personal values removed, by class:"];
  for (const [name, s] of Object.entries(report.removed).sort()) lines.push(`  ${name.padEnd(12)} ${share(s).padStart(8)}  (${s.correct}/${s.total})`);
  lines.push(`  ${"total".padEnd(12)} ${share(report.removedTotal).padStart(8)}  (${report.removedTotal.correct}/${report.removedTotal.total})`);
  lines.push("", "ordinary words kept, by class:");
  for (const [name, s] of Object.entries(report.kept).sort()) lines.push(`  ${name.padEnd(12)} ${share(s).padStart(8)}  (${s.correct}/${s.total})`);
  lines.push(`  ${"total".padEnd(12)} ${share(report.keptTotal).padStart(8)}  (${report.keptTotal.correct}/${report.keptTotal.total})`);
  if (report.failures.length > 0) lines.push("", "failures:", ...report.failures.map((f) => `  ${f}`));
  return lines;
}

export function isPerfect(report: CorpusReport): boolean {
  return report.removedTotal.correct === report.removedTotal.total && report.keptTotal.correct === report.keptTotal.total;
}
