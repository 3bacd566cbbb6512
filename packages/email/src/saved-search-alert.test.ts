import { describe, expect, it } from "vitest";
import { renderSavedSearchAlertEmail } from "./saved-search-alert";
import type { EmailLocale } from "./templates";

const alert = {
  kind: "saved-search-alert" as const,
  searchName: "Welders in Osaka",
  newMatches: 7,
  headlines: ["TIG welder, 6 years", null],
  link: "https://employer.example/search?q=welder",
  manageLink: "https://employer.example/searches",
};

describe("saved-search alert email (F12)", () => {
  it("gives the count, the headlines (a placeholder for none), the rest as a number and both links in every language", () => {
    const expected: Record<EmailLocale, { subject: RegExp; untitled: string; more: string }> = {
      en: {
        subject: /^7 new candidates for your saved search “Welders in Osaka”$/,
        untitled: "(no headline)",
        more: "and 5 more",
      },
      vi: {
        subject: /^7 ứng viên mới cho tìm kiếm đã lưu/,
        untitled: "(chưa có tiêu đề)",
        more: "và 5 hồ sơ khác",
      },
      ja: { subject: /新しい候補者が7件あります$/, untitled: "（見出しなし）", more: "ほか5件" },
    };
    for (const [locale, want] of Object.entries(expected) as [
      EmailLocale,
      (typeof expected)["en"],
    ][]) {
      const { subject, text } = renderSavedSearchAlertEmail(locale, alert);
      expect(subject).toMatch(want.subject);
      expect(text).toContain("- TIG welder, 6 years");
      expect(text).toContain(`- ${want.untitled}`);
      expect(text).toContain(want.more);
      expect(text).toContain(alert.link);
      expect(text).toContain(alert.manageLink);
    }
  });

  it("says one candidate in the singular and adds no 'more' line when every match is listed", () => {
    const { subject, text } = renderSavedSearchAlertEmail("en", {
      ...alert,
      newMatches: 1,
      headlines: ["Forklift operator"],
    });
    expect(subject).toBe("1 new candidate for your saved search “Welders in Osaka”");
    expect(text).not.toContain("more.");
  });
});
