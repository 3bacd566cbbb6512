import type { Db } from "@tsunagu/db";
import { defineJob, type JobQueue } from "@tsunagu/queue";
import {
  dueSavedSearchIds,
  runSavedSearchAlert,
  type SavedSearchAlertMail,
} from "./saved-search-alerts";

/** How often the sweep looks for due alerts; an alert goes out at most this long after it is due. */
export const ALERT_SWEEP_CRON = "*/15 * * * *";

/**
 * F12: the queue jobs behind saved-search alerts. The sweep runs on a schedule and queues one
 * job per due saved search (keyed by its id, so a sweep that overlaps a slow run adds nothing);
 * each job runs `runSavedSearchAlert`, which is idempotent on its own.
 */
export function savedSearchAlertJobs(
  db: Db,
  mail: SavedSearchAlertMail,
  queue: () => Pick<JobQueue, "send">,
) {
  const alert = defineJob<{ savedSearchId: string }>({
    name: "saved-search-alert",
    retryLimit: 5,
    concurrency: 2,
    run: async ({ savedSearchId }) => {
      await runSavedSearchAlert(db, mail, savedSearchId);
    },
  });
  const sweep = defineJob<Record<string, never>>({
    name: "saved-search-alerts-sweep",
    schedule: { cron: ALERT_SWEEP_CRON, data: {} },
    retryLimit: 1,
    run: async () => {
      for (const savedSearchId of await dueSavedSearchIds(db)) {
        await queue().send(alert, { savedSearchId }, { singletonKey: savedSearchId });
      }
    },
  });
  return { alert, sweep };
}
