import { randomBytes } from "node:crypto";

let sequence = 0;

/**
 * A short suffix unique within this process and very unlikely to repeat across runs against
 * the same database, for emails and slugs that have unique constraints.
 */
export function uniqueSuffix(): string {
  sequence += 1;
  return `${sequence.toString(36)}${randomBytes(3).toString("hex")}`;
}

/**
 * Lowercase ASCII slug of a display name ("Nguyễn Văn An" → "nguyen-van-an"); empty when the
 * name has no Latin letters (e.g. written in kanji).
 */
export function slugify(text: string): string {
  const slug = text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug;
}
