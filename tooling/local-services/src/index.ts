export { startLocalServices, type LocalServices, type LocalServicesOptions } from "./services";
export { findRunningPostgres, startPostgres, redactDatabaseUrl, type RunningPostgres } from "./postgres";
export { startMeilisearch, type RunningMeilisearch } from "./meilisearch";
export {
  prepareMeilisearchBinary,
  MeilisearchChecksumError,
  MEILISEARCH_SHA256,
} from "./meilisearch-binary";
export { startMailCatcher, isAddressedTo, type MailCatcher, type CaughtMessage } from "./mail";
export { MailViewerClient, type CaughtMessageSummary } from "./mail-client";
export { applyMigrations, ensureSearchKeys, seedDemoWorld, type SearchKeys } from "./workspace";
export { findFreePort, isPortFree, LOOPBACK } from "./ports";
