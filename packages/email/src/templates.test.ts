import { describe, expect, it } from "vitest";

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
