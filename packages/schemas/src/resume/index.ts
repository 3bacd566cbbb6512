/** The resume builder's sections (F2): one schema per section, for its form and its procedure. */
export { personalSection, type PersonalSection } from "./personal";
export { summarySection, type SummarySection } from "./summary";
export { languagesSection, type LanguagesSection } from "./languages";
export { skillsSection, type SkillsSection } from "./skills";
export { experienceSection, type ExperienceSection } from "./experience";
export { educationSection, type EducationSection } from "./education";
export { preferencesSection, type PreferencesSection } from "./preferences";
export { refereesSection, type RefereesSection } from "./referees";
