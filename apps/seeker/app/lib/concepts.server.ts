import {
  conceptTerms,
  foldText,
  searchConcepts,
  type ConceptKind,
} from "@tsunagu/vocab/taxonomy";
import { z } from "zod";

/** At most this many suggestions: enough to pick from on a phone. */
export const CONCEPT_SUGGESTION_LIMIT = 8;

const suggestionQuery = z.object({
  q: z.string().trim().min(1).max(100),
  kind: z.enum(["skill", "title"]).optional(),
  lng: z.enum(["en", "vi", "ja"]).default("en"),
});

export interface ConceptSuggestion {
  id: string;
  /** The concept's label in the page's language. */
  label: string;
  /** The label or alias (another language, an acronym) the text matched, when not `label`. */
  matched: string | null;
}

/**
 * Suggestions for the skill and job title inputs: the taxonomy's concepts that match the typed
 * text in any language, labelled in the page's language. Null when the query is not valid.
 * Only vocabulary goes in and out: nothing about the person typing is kept or logged.
 */
export function conceptSuggestions(params: URLSearchParams): ConceptSuggestion[] | null {
  const parsed = suggestionQuery.safeParse({
    q: params.get("q") ?? undefined,
    kind: params.get("kind") || undefined,
    lng: params.get("lng") || undefined,
  });
  if (!parsed.success) return null;
  const { q, kind, lng } = parsed.data;
  const folded = foldText(q);
  return searchConcepts(q, lng, {
    kind: kind as ConceptKind | undefined,
    limit: CONCEPT_SUGGESTION_LIMIT,
  }).map((concept) => {
    const label = concept.labels[lng];
    const labelMatches = matches(label, folded);
    const matched = labelMatches
      ? null
      : (conceptTerms(concept).find((term) => matches(term, folded)) ?? null);
    return { id: concept.id, label, matched };
  });
}

/** Whether a label or alias contains the folded text (how the taxonomy search found it). */
function matches(term: string, folded: string): boolean {
  return foldText(term).includes(folded);
}
