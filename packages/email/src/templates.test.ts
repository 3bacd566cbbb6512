import { describe, expect, it } from "vitest";

import { renderInvitationReceivedEmail } from "./invitation-received";
import { renderAccountEmail, type EmailLocale } from "./templates";

const locales: EmailLocale[] = ["en", "vi", "ja"];

describe("account email templates", () => {
  it("puts the link into every language's verification and reset email", () => {
    for (const locale of locales) {
      const verify = renderAccountEmail(locale, { kind: "verify-email", link: "https://x/v?t=1" });
      const reset = renderAccountEmail(locale, { kind: "reset-password", link: "https://x/r?t=2" });
      expect(verify.text).toContain("https://x/v?t=1");
      expect(reset.text).toContain("https://x/r?t=2");
      expect(verify.subject).not.toBe(reset.subject);
    }
  });

  it("writes each language in its own words", () => {
    const subjects = locales.map(
      (locale) => renderAccountEmail(locale, { kind: "verify-email", link: "l" }).subject,
    );
    expect(new Set(subjects).size).toBe(3);
    expect(subjects[1]).toMatch(/Xác nhận/);
    expect(subjects[2]).toMatch(/確認/);
  });
});

describe("member invitation email", () => {
  const invitation = {
    kind: "member-invitation",
    companyName: "Sakura Care 株式会社",
    inviterName: "Tanaka Yui",
    role: "RECRUITER",
    link: "https://x/join?token=abc",
    expiresAt: new Date("2026-12-01T03:00:00Z"),
  } as const;

  it("names the company, the inviter, the role, the link and the expiry in every language", () => {
    const expected = {
      en: { role: "recruiter", expiry: "2026" },
      vi: { role: "nhà tuyển dụng", expiry: "2026" },
      ja: { role: "採用担当者", expiry: "2026年12月1日" },
    } as const;
    for (const locale of locales) {
      const { subject, text } = renderAccountEmail(locale, invitation);
      expect(subject).toContain("Sakura Care 株式会社");
      expect(text).toContain("Tanaka Yui");
      expect(text).toContain(expected[locale].role);
      expect(text).toContain("https://x/join?token=abc");
      expect(text).toContain(expected[locale].expiry);
    }
  });

  it("writes the expiry in Japan time", () => {
    const late = { ...invitation, expiresAt: new Date("2026-12-01T20:00:00Z") };
    expect(renderAccountEmail("ja", late).text).toContain("2026年12月2日");
  });
});

describe("new sign-in email", () => {
  it("names the device and the time in Japan time, with the link that ends that session", () => {
    const email = {
      kind: "new-sign-in",
      device: "Chrome on Android",
      at: new Date("2026-12-01T20:00:00Z"),
      notMeLink: "https://x/sign-in/not-me?token=abc",
      resetLink: "https://x/forgot-password",
    } as const;
    const subjects = new Set<string>();
    for (const locale of locales) {
      const { subject, text } = renderAccountEmail(locale, email);
      subjects.add(subject);
      expect(text).toContain("Chrome on Android");
      expect(text).toContain("https://x/sign-in/not-me?token=abc");
      expect(text).toContain("https://x/forgot-password");
    }
    expect(subjects.size).toBe(3);
    expect(renderAccountEmail("ja", email).text).toContain("2026年12月2日");
  });
});

describe("invitation received email (F6)", () => {
  const email = {
    kind: "invitation-received",
    companyName: "Sakura Care 株式会社",
    jobTitle: "Care worker",
    link: "https://jobs.example/invitations/abc",
    expiresAt: new Date("2026-12-20T03:00:00Z"),
  } as const;

  it("names the company and the job, links to the invitation and says what accepting shares", () => {
    const promises = { en: /only if you accept/, vi: /chỉ được chia sẻ/, ja: /承諾した場合に限り/ };
    for (const locale of locales) {
      const { subject, text } = renderInvitationReceivedEmail(locale, email);
      expect(subject).toContain("Sakura Care 株式会社");
      expect(subject).toContain("Care worker");
      expect(text).toContain("https://jobs.example/invitations/abc");
      expect(text).toContain("2026");
      expect(text).toMatch(promises[locale]);
    }
  });
});
