import { describe, expect, it } from "vitest";
import { renderJobAlertEmail, type JobAlertEmail } from "./job-alert";
import type { EmailLocale } from "./templates";

const alert: JobAlertEmail = {
  kind: "job-alert",
  alertName: "Welder in Osaka",
  newJobs: 3,
  jobs: [
    {
      title: "TIG welder",
      companyName: "Sakura Kogyo",
      location: "Osaka",
      link: "https://jobs.example/jobs/j1",
    },
  ],
  searchLink: "https://jobs.example/jobs?q=welder&sort=recent",
  manageLink: "https://jobs.example/jobs/alerts",
};

describe("job alert email (F8)", () => {
  it("lists each job with its company, place and link, the rest as a number, and both links in every language", () => {
    const expected: Record<EmailLocale, { subject: RegExp; more: string }> = {
      en: { subject: /^3 new jobs for your job alert “Welder in Osaka”$/, more: "and 2 more" },
      vi: { subject: /^3 việc làm mới cho thông báo việc làm/, more: "và 2 việc làm khác" },
      ja: { subject: /新しい求人が3件あります$/, more: "ほか2件" },
    };
    for (const [locale, want] of Object.entries(expected) as [
      EmailLocale,
      (typeof expected)["en"],
    ][]) {
      const { subject, text } = renderJobAlertEmail(locale, alert);
      expect(subject).toMatch(want.subject);
      expect(text).toContain("- TIG welder · Sakura Kogyo · Osaka\n  https://jobs.example/jobs/j1");
      expect(text).toContain(want.more);
      expect(text).toContain(alert.searchLink);
      expect(text).toContain(alert.manageLink);
    }
  });

  it("says one job in the singular and adds no 'more' line when every job is listed", () => {
    const { subject, text } = renderJobAlertEmail("en", { ...alert, newJobs: 1 });
    expect(subject).toBe("1 new job for your job alert “Welder in Osaka”");
    expect(text).not.toContain("more.");
  });
});
