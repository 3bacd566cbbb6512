/** A row of the taxonomy data: id, kind (s = skill, t = title), labels en/vi/ja, aliases in any language. */
export type ConceptRow = readonly [id: string, kind: "s" | "t", en: string, vi: string, ja: string, aliases: readonly string[]];
