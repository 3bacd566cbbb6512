import { workspaceScriptExists } from "./workspace";

/** A long-running process the apps rely on, started beside them in dev and e2e runs. */
export interface BackgroundWorker {
  name: string;
  /** pnpm filter of the package that runs it. */
  filter: string;
  packageDir: string;
  script: string;
}

/**
 * Workers join `pnpm dev` and the e2e setup as soon as their package provides the script. The
 * search worker applies outbox events to Meilisearch (R3); without it, nothing reaches the index.
 */
export const BACKGROUND_WORKERS: readonly BackgroundWorker[] = [
  { name: "worker", filter: "@tsunagu/search", packageDir: "packages/search", script: "worker" },
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
