import { describe, expect, it } from "vitest";
import { htmlOfText, unsubscribeFooter, unsubscribeMailto } from "./unsubscribe";

describe("the HTML part and the unsubscribe footer (F8)", () => {
  it("says what the text says, escaped, with its links clickable and its language set", () => {
    const html = htmlOfText(
      "vi",
      "Lời mời <mới>",
      "Công ty <A&B>\n\nXem: https://jobs.example/x?y=1",
    );
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain("<title>Lời mời &lt;mới&gt;</title>");
    expect(html).toContain("<p>Công ty &lt;A&amp;B&gt;</p>");
    expect(html).toContain('<a href="https://jobs.example/x?y=1">https://jobs.example/x?y=1</a>');
    expect(html).not.toContain("<A&B>");
  });

  it("gives the unsubscribe link in the reader's language and a mailto on the sender's domain", () => {
    const url = "https://jobs.example/unsubscribe?token=abc_DEF-123";
    expect(unsubscribeFooter("ja", url)).toBe(`このような内容のメールの配信停止はこちら：${url}`);
    expect(unsubscribeFooter("en", url)).toContain(url);
    expect(unsubscribeMailto("Tsunagu <no-reply@tsunagu.example>", url)).toBe(
      "mailto:unsubscribe@tsunagu.example?subject=unsubscribe%20abc_DEF-123",
    );
  });
});
