export { buildResumeFilter, quoteFilterValue, resumeFiltersSchema, type ResumeFilters } from "./filters";
export { JOB_INDEX_SETTINGS, RESUME_INDEX_SETTINGS, SEARCH_LOCALES } from "./settings";
export { ensureIndex, indexName, resumeIndex, searchClient, type IndexKind } from "./client";
