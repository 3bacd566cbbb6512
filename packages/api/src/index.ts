export { AppError, type AppErrorCode } from "./errors";
export { candidateSearchParams, findCandidates, findCandidatesInput, CANDIDATE_FACETS, type FindCandidatesInput, type FindCandidatesResult, type Caller } from "./services/candidates/find-candidates";
export { getCandidate, getCandidateInput, type GetCandidateInput } from "./services/candidates/get-candidate";
export { requireResumeSearchPlan, type ResumeSearchPlan } from "./services/candidates/entitlements";
export { consumeMemberQuota } from "./services/candidates/member-quota";
