import type { Db } from "@tsunagu/db";
import { defineJob, type JobQueue } from "@tsunagu/queue";
import { dueJobAlertIds, runJobAlert, type JobAlertLinks } from "./job-alert-mail";

/** How often the sweep looks for due job alerts; a mail goes out at most this long after it is due. */
export const JOB_ALERT_SWEEP_CRON = "*/15 * * * *";

/**
 * F8: the queue jobs behind job alerts. The sweep runs on a schedule and queues one job per due
 * alert (keyed by its id, so a sweep that overlaps a slow run adds nothing); each job runs
 * `runJobAlert`, idempotent on its own, which queues the mail in the outbox.
 */
export function jobAlertJobs(db: Db, links: JobAlertLinks, queue: () => Pick<JobQueue, "send">) {
  const alert = defineJob<{ jobAlertId: string }>({
    name: "job-alert",
    retryLimit: 5,
    concurrency: 2,
    run: async ({ jobAlertId }) => {
      await runJobAlert(db, links, jobAlertId);
    },
  });
  const sweep = defineJob<Record<string, never>>({
    name: "job-alerts-sweep",
    schedule: { cron: JOB_ALERT_SWEEP_CRON, data: {} },
    retryLimit: 1,
    run: async () => {
      for (const jobAlertId of await dueJobAlertIds(db)) {
        await queue().send(alert, { jobAlertId }, { singletonKey: jobAlertId });
      }
    },
  });
  return { alert, sweep };
}
