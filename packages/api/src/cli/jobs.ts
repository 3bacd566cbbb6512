/**
 * `pnpm --filter @tsunagu/api jobs`: the queue worker (pg-boss on the project's PostgreSQL,
 * schema job_queue) until Ctrl-C or SIGTERM. `pnpm dev` and the e2e setup start it beside the
 * search worker. Today it runs the saved-search alerts (F12): a sweep every 15 minutes queues
 * one job per due alert. It also sends the outbox (OutboundEmail rows: invitation notices): a
 * poll every few seconds queues one job per due row, and pg-boss retries a failed send. An hourly
 * sweep (and one at start) queues the mail asking people to review a consent that a new policy
 * version changed (R7), linking to the seeker app (SEEKER_APP_ORIGIN). Seekers' job alerts (F8): a
 * sweep every 15 minutes queues one job per due alert, which queues its mail in the outbox.
 *
 * With INBOUND_SMTP_PORT (and INBOUND_SMTP_HOST, default 127.0.0.1) it also receives the
 * unsubscribe mail of List-Unsubscribe's mailto: link, for unsubscribe@ the MAIL_FROM domain.
 *
 * Environment: DATABASE_URL; SMTP_URL and MAIL_FROM (without SMTP_URL no alert is sent, and
 * none is marked as sent); EMPLOYER_APP_ORIGIN for the links in alert mail; MEILI_URL and a
 * MEILI_API_KEY that may search the resume and jobs indexes (the jobs-worker key), and
 * SEARCH_TOKEN_SECRET (the exclusion tokens, as in the employer app).
 */
import { createDb, readDbEnv } from "@tsunagu/db";
import { AccountMailer, unsubscribeMailbox } from "@tsunagu/email";
import { startJobQueue, type AnyQueueJob, type JobQueue } from "@tsunagu/queue";
import { z } from "zod";
import { forgetDeletedResumes } from "../services/candidates/forget-deleted";
import { startInboundUnsubscribe } from "../services/email/inbound-unsubscribe";
import { outboundEmailJobs } from "../services/email/outbox";
import { jobAlertJobs } from "../services/job-alerts/alert-jobs";
import { policyChangeMailJob } from "../services/privacy-center/policy-change-mail";
import { savedSearchAlertJobs } from "../services/saved-searches/alert-jobs";

const env = z
  .object({
    SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
    MAIL_FROM: z.string().min(3).default("Tsunagu <no-reply@tsunagu.local>"),
    EMPLOYER_APP_ORIGIN: z.url({ protocol: /^https?$/ }).default("http://127.0.0.1:3001"),
    SEEKER_APP_ORIGIN: z.url({ protocol: /^https?$/ }).default("http://127.0.0.1:3000"),
    INBOUND_SMTP_PORT: z.coerce.number().int().min(1).max(65535).optional(),
    INBOUND_SMTP_HOST: z.string().min(1).default("127.0.0.1"),
  })
  .parse({
    SMTP_URL: process.env.SMTP_URL || undefined,
    MAIL_FROM: process.env.MAIL_FROM || undefined,
    EMPLOYER_APP_ORIGIN: process.env.EMPLOYER_APP_ORIGIN || undefined,
    SEEKER_APP_ORIGIN: process.env.SEEKER_APP_ORIGIN || undefined,
    INBOUND_SMTP_PORT: process.env.INBOUND_SMTP_PORT || undefined,
    INBOUND_SMTP_HOST: process.env.INBOUND_SMTP_HOST || undefined,
  });
const { DATABASE_URL } = readDbEnv();
const db = createDb(DATABASE_URL);
// Saved-search alerts cache redacted resumes here too: a deletion drops them (F7).
const forgetting = await forgetDeletedResumes(DATABASE_URL);

const jobs: AnyQueueJob[] = [];
let queueDueMail: ((queue: JobQueue) => Promise<number>) | null = null;
if (env.SMTP_URL) {
  const mailer = new AccountMailer({ smtpUrl: env.SMTP_URL, from: env.MAIL_FROM });
  const employerLink = (path: string) => new URL(path, env.EMPLOYER_APP_ORIGIN).toString();
  const { alert, sweep } = savedSearchAlertJobs(db, { mailer, employerLink }, () => queue);
  jobs.push(alert, sweep);
  const outbox = outboundEmailJobs(db, mailer);
  jobs.push(outbox.deliver);
  queueDueMail = outbox.queueDue;
  const seekerLink = (path: string) => new URL(path, env.SEEKER_APP_ORIGIN).toString();
  jobs.push(policyChangeMailJob(db, { seekerLink }));
  const jobAlerts = jobAlertJobs(db, { seekerLink }, () => queue);
  jobs.push(jobAlerts.alert, jobAlerts.sweep);
} else {
  console.info("jobs: SMTP_URL is not set, so saved-search alerts and queued mail are not sent.");
}

const queue: JobQueue = await startJobQueue({
  databaseUrl: DATABASE_URL,
  jobs,
  // Queue and driver messages carry no job data; the job data is ids only.
  onError: (error) => console.error(`jobs: ${error.message}`),
});
console.info(`jobs: running ${jobs.map((job) => job.name).join(", ") || "no jobs"}.`);
// A policy version published while the worker was down reaches people now, not at the next hour.
const policySweep = jobs.find((job) => job.name === "policy-change-mail-sweep");
if (policySweep) await queue.send(policySweep, {}, { singletonKey: "startup" });

// The mailto: half of List-Unsubscribe (F8), where the MX for the From domain delivers it.
const inbound = env.INBOUND_SMTP_PORT
  ? await startInboundUnsubscribe(db, {
      mailbox: unsubscribeMailbox(env.MAIL_FROM),
      host: env.INBOUND_SMTP_HOST,
      port: env.INBOUND_SMTP_PORT,
    })
  : null;
if (inbound) console.info(`jobs: unsubscribe mail accepted on port ${inbound.port}.`);

/** How often the outbox is looked at: a queued mail leaves within this long. */
const OUTBOX_POLL_MS = 2_000;
let polling = false;
const poll = setInterval(() => {
  if (!queueDueMail || polling) return;
  polling = true;
  queueDueMail(queue)
    .catch((error: unknown) => console.error(`jobs: outbox poll failed: ${(error as Error).name}`))
    .finally(() => (polling = false));
}, OUTBOX_POLL_MS);

await new Promise<void>((resolve) => {
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => resolve());
});
clearInterval(poll);
await queue.stop();
await inbound?.stop();
await forgetting.stop();
await db.$disconnect();
