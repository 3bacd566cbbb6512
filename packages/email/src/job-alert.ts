import type { EmailLocale } from "./templates";

/** One new job as the alert lists it: what the public job page shows at the top, and its link. */
export interface JobAlertJob {
  title: string;
  companyName: string;
  location: string;
  /** The job's public page in the seeker app. */
  link: string;
}

/**
 * F8: new public jobs match one of the seeker's job alerts (a saved job search). The first few
 * jobs with their links, the rest as a count, the search itself and the page where the seeker
 * changes or deletes the alert.
 */
export interface JobAlertEmail {
  kind: "job-alert";
  alertName: string;
  /** How many jobs were published since the last alert and match the search. */
  newJobs: number;
  /** The first of them, newest first. */
  jobs: JobAlertJob[];
  /** The search on the /jobs page, newest first. */
  searchLink: string;
  /** The seeker's job alerts page. */
  manageLink: string;
}

type Render = (email: JobAlertEmail) => { subject: string; text: string };

const list = (jobs: JobAlertJob[]) =>
  jobs
    .map((job) => `- ${job.title} · ${job.companyName} · ${job.location}\n  ${job.link}`)
    .join("\n\n");

const TEMPLATES: Record<EmailLocale, Render> = {
  en: ({ alertName, newJobs, jobs, searchLink, manageLink }) => {
    const count = newJobs === 1 ? "1 new job" : `${newJobs} new jobs`;
    const more = newJobs > jobs.length ? `\n\n…and ${newJobs - jobs.length} more.` : "";
    return {
      subject: `${count} for your job alert “${alertName}”`,
      text: `${count} match your job alert “${alertName}” since the last email:\n\n${list(jobs)}${more}\n\nSee every match on Tsunagu:\n\n${searchLink}\n\nChange, rename or delete this alert: ${manageLink}\n\n— Tsunagu`,
    };
  },
  vi: ({ alertName, newJobs, jobs, searchLink, manageLink }) => {
    const more = newJobs > jobs.length ? `\n\n…và ${newJobs - jobs.length} việc làm khác.` : "";
    return {
      subject: `${newJobs} việc làm mới cho thông báo việc làm “${alertName}”`,
      text: `Từ email trước, có ${newJobs} việc làm mới phù hợp với thông báo việc làm “${alertName}”:\n\n${list(jobs)}${more}\n\nXem tất cả kết quả trên Tsunagu:\n\n${searchLink}\n\nThay đổi, đổi tên hoặc xoá thông báo này: ${manageLink}\n\n— Tsunagu`,
    };
  },
  ja: ({ alertName, newJobs, jobs, searchLink, manageLink }) => {
    const more = newJobs > jobs.length ? `\n\nほか${newJobs - jobs.length}件` : "";
    return {
      subject: `【Tsunagu】求人アラート「${alertName}」に新しい求人が${newJobs}件あります`,
      text: `前回のメール以降、求人アラート「${alertName}」に一致する新しい求人が${newJobs}件あります。\n\n${list(jobs)}${more}\n\nすべての求人をTsunaguで見る：\n\n${searchLink}\n\nこのアラートの変更・名前の変更・削除：${manageLink}\n\n— Tsunagu`,
    };
  },
};

export function renderJobAlertEmail(
  locale: EmailLocale,
  email: JobAlertEmail,
): { subject: string; text: string } {
  return TEMPLATES[locale](email);
}
