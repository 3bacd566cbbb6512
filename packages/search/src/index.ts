export { buildResumeFilter, quoteFilterValue, resumeFiltersSchema, type ResumeFilters } from "./filters";
export { JOB_INDEX_SETTINGS, RESUME_INDEX_SETTINGS, SEARCH_LOCALES } from "./settings";
export { ensureIndex, indexName, jobIndex, resumeIndex, searchClient, TASK_WAIT, type IndexKind } from "./client";
export { loadFingerprintedResumes, loadResumeGates, loadResumePage, loadResumesBySearchKey, toResumeRecord, type ResumeGate } from "./resume-source";
export { drainOutbox, isMeilisearchUnreachable, makeUnreachableFailuresDue, OUTBOX_CHANNEL, processOutboxBatch, UNREACHABLE_ERROR_PREFIX, type OutboxBatchResult } from "./outbox-worker";
export { runSearchWorker, type SearchWorkerOptions } from "./worker";
export { reindexResumes, type ReindexProgress, type ReindexResult } from "./reindex";
export { documentHash, verifyResumeIndex, type DriftReport } from "./verify";
export { buildDocuments, writeDocuments, type AggregateKind } from "./documents";
export {
  callerExclusionTokens,
  EXCLUSION_ATTRIBUTE,
  exclusionFilter,
  exclusionTokenizer,
  exclusionTokensOf,
  type ExclusionTokenizer,
} from "./exclusions";
export { toResumeSearchDocument, type ResumeSearchDocument } from "./resume-document";
export { searchTokenEnv } from "./token-env";
export { loadJobsById } from "./job-source";
export { ensureSearchKeys, SEARCH_KEY_GRANTS, SEARCH_KEY_ROLES, searchKeyUid, type SearchKeyGrant, type SearchKeyRole, type SearchKeys } from "./keys";
