import type { FindCandidatesInput } from "@tsunagu/api";
import {
  availabilities,
  careerLevels,
  desiredLocations,
  educationLevels,
  employmentTypes,
  UI_LOCALES,
  workAuthorizations,
  type UiLocale,
} from "@tsunagu/vocab";
import { concepts, foldText, type Concept } from "@tsunagu/vocab/taxonomy";

/** One search a recruiter runs, and the language they typed it in. */
export interface BenchQuery {
  locale: UiLocale;
  input: FindCandidatesInput;
}

/** A small, seeded generator (mulberry32): the same seed gives the same searches on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

type Random = () => number;

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

/** `weights[i]` is how often outcome i comes up, relative to the others. */
function weighted(random: Random, weights: readonly number[]): number {
  let r = random() * weights.reduce((sum, w) => sum + w, 0);
  for (let i = 0; i < weights.length; i++) {
    r -= weights[i]!;
    if (r < 0) return i;
  }
  return weights.length - 1;
}

/** Up to `most` distinct items, at least one. */
function some<T>(random: Random, items: readonly T[], most: number): T[] {
  const count = 1 + Math.floor(random() * most);
  return [...new Set(Array.from({ length: count }, () => pick(random, items)))];
}

const JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const VIETNAMESE = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/iu;

/** The language an alias is written in, judged by its letters (aliases carry no locale). */
function aliasLocale(alias: string): UiLocale {
  if (JAPANESE.test(alias)) return "ja";
  return VIETNAMESE.test(alias) ? "vi" : "en";
}

const SKILLS = concepts.filter((concept) => concept.kind === "skill");

/** The languages candidates speak most on the platform, for the language filter. */
const SPOKEN = ["ja", "vi", "en", "zh", "ko", "tl", "id", "ne", "my", "th"] as const;

/**
 * The filters recruiters set, one kind at a time. Skills filter on the names resumes list, so
 * they take a skill's English label (what most resumes write), which may match few or none.
 */
const FILTER_KINDS: ((random: Random) => NonNullable<FindCandidatesInput["filters"]>)[] = [
  (random) => ({ languages: some(random, SPOKEN, 2) }),
  (random) => ({ jlptAtLeast: 1 + Math.floor(random() * 4) }),
  (random) => ({ workAuthorization: some(random, workAuthorizations.codes, 2) }),
  (random) => ({ educationLevel: some(random, educationLevels.codes, 2) }),
  (random) => ({ careerLevel: some(random, careerLevels.codes, 2) }),
  (random) => ({ minYearsOfExperience: pick(random, [1, 2, 3, 5, 8, 10]) }),
  (random) => ({ desiredLocations: some(random, desiredLocations.codes, 3) }),
  (random) => ({ availability: some(random, availabilities.codes, 1) }),
  (random) => ({ desiredJobTypes: some(random, employmentTypes.codes, 1) }),
  (random) => ({ skills: [pick(random, SKILLS).labels.en] }),
];

/** What a recruiter types in `locale`: a label, a synonym, two terms, or nothing (filters only). */
function queryText(random: Random, locale: UiLocale): string {
  const at = Math.floor(random() * concepts.length);
  const concept = concepts[at]!;
  // The taxonomy lists concepts by field: a neighbour is a related term ("welding" + "welder").
  const related = concepts[Math.min(concepts.length - 1, at + 1 + Math.floor(random() * 4))]!;
  const label = (c: Concept) => c.labels[locale];
  switch (weighted(random, [50, 18, 14, 8, 10])) {
    case 0:
      return label(concept);
    case 1: {
      const aliases = concept.aliases.filter((alias) => aliasLocale(alias) === locale);
      return aliases.length ? pick(random, aliases) : label(concept);
    }
    case 2:
      return `${label(concept)} ${label(related)}`;
    case 3:
      // Vietnamese typed without diacritics, Japanese in half-width forms folded away: the
      // folded form is what many keyboards and habits produce.
      return foldText(label(concept));
    default:
      return "";
  }
}

/**
 * `count` distinct searches (query, filters, sort and page all count), generated from the
 * catalog's vocabularies: the skills and job titles taxonomy in English, Vietnamese and Japanese
 * in turn, filter mixes of zero to three kinds, the three sorts and pages 0–3, weighted as a
 * search page is used (most searches stop at the first page). Distinct, so a benchmark that
 * sends each once measures caches as real traffic would fill them, not a handful of repeats.
 */
export function generateBenchQueries(options: { count: number; seed?: number }): BenchQuery[] {
  const random = seededRandom(options.seed ?? 11);
  const seen = new Set<string>();
  const queries: BenchQuery[] = [];
  for (let attempt = 0; queries.length < options.count; attempt++) {
    if (attempt > options.count * 50) {
      throw new Error(`The vocabularies gave only ${queries.length} distinct searches of ${options.count}`);
    }
    const locale = UI_LOCALES[queries.length % UI_LOCALES.length]!;
    const query = queryText(random, locale);
    // A search with neither words nor filters is the whole index: recruiters narrow it.
    const kinds = Math.max(query ? 0 : 1, weighted(random, [40, 35, 18, 7]));
    const filters = Object.assign({}, ...Array.from({ length: kinds }, () => pick(random, FILTER_KINDS)(random))) as FindCandidatesInput["filters"];
    const sort = (["relevance", "recent", "experience"] as const)[weighted(random, [80, 12, 8])]!;
    const page = weighted(random, [55, 25, 12, 8]);
    const input: FindCandidatesInput = { query, filters, sort, page };
    const key = JSON.stringify(input);
    if (seen.has(key)) continue;
    seen.add(key);
    queries.push({ locale, input });
  }
  return queries;
}
