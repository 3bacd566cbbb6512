/**
 * Test factories (`@tsunagu/db/testing`): each takes a Prisma client or transaction and writes
 * real rows. Pass `faker: createFaker(seed)` for reproducible data.
 */
export { createFaker, defaultFaker } from "./faker";
export type { DbClient, FactoryContext } from "./types";
export { slugify, uniqueSuffix } from "./unique";
export { buildResume, type BuildResumeOptions, type ResumeDraft } from "./resume/build-resume";
export { OCCUPATIONS, PREFECTURES, type ResumeLocale } from "./resume/catalog";
export { createSeeker, type CreateSeekerOptions, type CreatedSeeker } from "./factories/seekers";
export {
  createCompany,
  createEmployerMember,
  createPlatformAdmin,
  type CreateCompanyOptions,
  type CreatedCompany,
  type CreateEmployerMemberOptions,
  type CreatedEmployerMember,
} from "./factories/companies";
export { createJob, type CreateJobOptions } from "./factories/jobs";
export {
  applicantSnapshot,
  createApplication,
  type CreateApplicationOptions,
} from "./factories/applications";
export { createInvitation, type CreateInvitationOptions } from "./factories/invitations";
export {
  createRecruitingArea,
  DEFAULT_EEO_QUESTIONS,
  recordEeoResponse,
  type CreateRecruitingAreaOptions,
} from "./factories/areas";
export {
  DEMO_POLICY_VERSION,
  grantConsent,
  withdrawConsent,
  type ConsentOptions,
} from "./factories/consent";
export { ensurePlans, PLAN_CATALOG, type PlanCode } from "../seed/plans";
