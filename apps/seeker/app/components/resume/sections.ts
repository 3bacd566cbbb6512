/** The builder's sections in the order a seeker fills them, each with its page. */
export const RESUME_SECTION_PAGES = [
  { key: "personal", path: "/resume/personal" },
  { key: "summary", path: "/resume/summary" },
  { key: "experience", path: "/resume/experience" },
  { key: "languages", path: "/resume/languages" },
  { key: "skills", path: "/resume/skills" },
] as const;

export type ResumeSectionKey = (typeof RESUME_SECTION_PAGES)[number]["key"];

/** The section after `key`, for the "Next" link. */
export function nextSection(key: ResumeSectionKey) {
  const index = RESUME_SECTION_PAGES.findIndex((section) => section.key === key);
  return RESUME_SECTION_PAGES[index + 1];
}
