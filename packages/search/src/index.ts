export { buildResumeFilter, quoteFilterValue, resumeFiltersSchema, type ResumeFilters } from "./filters";
export { JOB_INDEX_SETTINGS, RESUME_INDEX_SETTINGS, SEARCH_LOCALES } from "./settings";
export { ensureIndex, indexName, resumeIndex, searchClient, type IndexKind } from "./client";
export { loadResumePage, loadResumesBySearchKey, toResumeRecord } from "./resume-source";
export { OUTBOX_CHANNEL, processOutboxBatch, type OutboxBatchResult } from "./outbox-worker";
export { runSearchWorker, type SearchWorkerOptions } from "./worker";
export { reindexResumes, type ReindexProgress, type ReindexResult } from "./reindex";
export { documentHash, verifyResumeIndex, type DriftReport } from "./verify";
