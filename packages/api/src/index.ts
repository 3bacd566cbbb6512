export { AppError, type AppErrorCode, type FieldProblem } from "./errors";
export { createContext, type Context, type CreateContextOptions } from "./context";
export { handleTrpcRequest, TRPC_ENDPOINT, type HandleTrpcRequestOptions } from "./handler";
export { seekerRouter, type SeekerRouter } from "./routers/seeker";
export { employerRouter, type EmployerRouter } from "./routers/employer";
export { adminRouter, type AdminRouter } from "./routers/admin";
export {
  candidateSearchParams,
  findCandidates,
  findCandidatesInput,
  CANDIDATE_FACETS,
  type FindCandidatesInput,
  type FindCandidatesResult,
  type Caller,
} from "./services/candidates/find-candidates";
export {
  getCandidate,
  getCandidateInput,
  type GetCandidateInput,
} from "./services/candidates/get-candidate";
export { requireResumeSearchPlan, type ResumeSearchPlan } from "./services/candidates/entitlements";
export { consumeMemberQuota } from "./services/candidates/member-quota";
export {
  searchPublicJobs,
  searchPublicJobsInput,
  type SearchPublicJobsInput,
  type SearchPublicJobsResult,
} from "./services/jobs/search-public-jobs";
export { getIndexHealth, type IndexHealth } from "./services/operations/index-health";
export {
  inviteMember,
  inviteMemberInput,
  type InviteMemberInput,
  type MemberInvitationIssued,
} from "./services/members/invite-member";
export {
  acceptMemberInvitation,
  acceptMemberInvitationInput,
  type AcceptMemberInvitationInput,
  type AcceptMemberInvitationResult,
} from "./services/members/accept-member-invitation";
export { RedactionCache, redactionCache } from "./services/candidates/redaction-cache";
export {
  forgetDeletedResumes,
  startForgettingDeletedResumes,
} from "./services/candidates/forget-deleted";
export { findOpenInvitation, listOpenInvitations } from "./services/members/open-invitations";
export {
  fileStore,
  fileStoreFromEnv,
  LocalFileStore,
  S3FileStore,
  type FileStore,
} from "./services/photos/file-store";
export {
  MAX_PHOTO_BYTES,
  PHOTO_TYPES,
  readCompanyVisiblePhoto,
  readOwnProfilePhoto,
  removeOrphanFiles,
  removeProfilePhoto,
  saveProfilePhoto,
  type PhotoFile,
} from "./services/photos/profile-photo";
export {
  INVITATION_LIFETIME_MS,
  sendInvitation,
  type SentInvitation,
} from "./services/invitations/send-invitation";
export type { InvitationMail } from "./services/invitations/notify-seeker";
export {
  deliverOutboundEmail,
  queueEmail,
  storeDates,
  type OutboxMailer,
} from "./services/email/outbox";
export {
  personalDataExport,
  personalTables,
  WITHHELD_COLUMNS,
} from "./services/privacy-center/export";
export { jsonResume } from "./services/privacy-center/json-resume";
export {
  deleteSeekerAccount,
  markDeletionNotified,
  purgeExpiredRetention,
  RETENTION,
  type DeletionReceipt,
} from "./services/privacy-center/delete-account";
export {
  companyDomainOf,
  companyVerificationStatus,
  confirmDomain,
  requestDomainConfirmation,
  requestDomainConfirmationInput,
  type VerificationStatus,
} from "./services/company/verification";
export {
  AUDIT_KINDS,
  auditCsv,
  auditListInput,
  exportAuditEntries,
  type AuditEntry,
  type AuditKind,
} from "./services/company/audit-log";
export { REPORT_FLAG_THRESHOLD } from "./services/company/review-flag";
/** The seeker accepting an invitation writes the CONTACT_REVEAL ledger row (tests, F16). */
export { acceptMyInvitation } from "./services/invitations/my-invitations";
export {
  activePlanByCode,
  isFreePlan,
  listActivePlans,
  type PlanSummary,
} from "./services/billing/plans";
export { billingConfig, billingConfigFromEnv } from "./services/billing/provider-from-env";
export { manualInvoiceProvider } from "./services/billing/manual-invoice-provider";
export { stripeProvider } from "./services/billing/stripe-provider";
export type { BillingProviderAdapter } from "./services/billing/provider";
export { choosePlan, cancelPlan, resumePlan } from "./services/billing/change-plan";
export {
  listInvoicesForAdmin,
  markInvoicePaid,
  voidInvoice,
} from "./services/billing/admin-invoices";
export {
  applyStripeEvent,
  receiveStripeWebhook,
  type StripeWebhookResult,
} from "./services/billing/stripe-webhook";
export { consentsToReview } from "./services/privacy-center/policy-review";
