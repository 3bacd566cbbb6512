/**
 * The builder's sections in the order a seeker fills them, each with its page. An optional
 * section (referees) does not count towards completeness.
 */
export const RESUME_SECTION_PAGES = [
  { key: "personal", path: "/resume/personal", optional: false },
  { key: "summary", path: "/resume/summary", optional: false },
  { key: "experience", path: "/resume/experience", optional: false },
  { key: "education", path: "/resume/education", optional: false },
  { key: "languages", path: "/resume/languages", optional: false },
  { key: "skills", path: "/resume/skills", optional: false },
  { key: "preferences", path: "/resume/preferences", optional: false },
  { key: "referees", path: "/resume/referees", optional: true },
] as const;

export type ResumeSectionKey = (typeof RESUME_SECTION_PAGES)[number]["key"];

/** The section after `key`, for the "Next" link. */
export function nextSection(key: ResumeSectionKey) {
  const index = RESUME_SECTION_PAGES.findIndex((section) => section.key === key);
  return RESUME_SECTION_PAGES[index + 1];
}

/** How a section stands for the nav and the overview: done, still to do, or optional. */
export function sectionStatus(
  section: (typeof RESUME_SECTION_PAGES)[number],
  missing: readonly string[],
): "complete" | "incomplete" | "optional" {
  if (section.optional) return "optional";
  return missing.includes(section.key) ? "incomplete" : "complete";
}
