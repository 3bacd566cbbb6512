import { workspaceScriptExists } from "./workspace";

/** A long-running process the apps rely on, started beside them in dev and e2e runs. */
export interface BackgroundWorker {
  name: string;
  /** pnpm filter of the package that runs it. */
  filter: string;
  packageDir: string;
  script: string;
  /** Whose Meilisearch key it gets (packages/search keys.ts): the indexer's, or search only. */
  searchKey: "indexer" | "jobs-worker";
}

/**
 * Workers join `pnpm dev` and the e2e setup as soon as their package provides the script. The
 * search worker applies outbox events to Meilisearch (R3); without it, nothing reaches the index.
 * Housekeeping deletes what nothing refers to any more (the photo files of deleted accounts).
 * The jobs worker runs the PostgreSQL queue (pg-boss): saved-search alerts, which search the
 * resume index as the employer app does and link to the employer app (EMPLOYER_APP_ORIGIN), and
 * job alerts, which search the jobs index as the seeker app does (its own search-only key).
 */
export const BACKGROUND_WORKERS: readonly BackgroundWorker[] = [
  {
    name: "worker",
    filter: "@tsunagu/search",
    packageDir: "packages/search",
    script: "worker",
    searchKey: "indexer",
  },
  // Periodic chores: files of deleted accounts removed from the file store, among others.
  {
    name: "housekeeping",
    filter: "@tsunagu/api",
    packageDir: "packages/api",
    script: "housekeeping",
    searchKey: "indexer",
  },
  {
    name: "jobs",
    filter: "@tsunagu/api",
    packageDir: "packages/api",
    script: "jobs",
    searchKey: "jobs-worker",
  },
];

export interface WorkerAvailability {
  worker: BackgroundWorker;
  available: boolean;
}

export function backgroundWorkerAvailability(): Promise<WorkerAvailability[]> {
  return Promise.all(
    BACKGROUND_WORKERS.map(async (worker) => ({
      worker,
      available: await workspaceScriptExists(worker.packageDir, worker.script),
    })),
  );
}

/** `pnpm --filter <pkg> run <script>` arguments for a worker. */
export function workerCommand(worker: BackgroundWorker): string[] {
  return ["--filter", worker.filter, "run", worker.script];
}
