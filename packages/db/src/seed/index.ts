/** `@tsunagu/db/seed`: the demo world and the synthetic data generator. */
export {
  DEMO_EMAIL_DOMAIN,
  DEMO_GUIDE_ACCOUNTS,
  DEMO_MARKER_COMPANY_SLUG,
  seedDemoWorld,
  seedDemoWorldInto,
} from "./demo-world";
export { ensurePlans, PLAN_CATALOG, planByCode, type PlanCode } from "./plans";
export {
  generateResumes,
  SYNTHETIC_EMAIL_DOMAIN,
  type GenerateResumesOptions,
  type GenerateResumesResult,
} from "./synthetic/generate-resumes";
export { syntheticSeekers, type SyntheticSeekerOptions } from "./synthetic/synthetic-seekers";
export type { PrivacyState, SyntheticSeeker } from "./synthetic/resume-rows";
