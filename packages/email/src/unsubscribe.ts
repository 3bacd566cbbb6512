import type { EmailLocale } from "./templates";

/** F8: where a mail of a switchable category can be unsubscribed without signing in. */
export interface Unsubscribe {
  /** The https page: GET shows a confirm page, POST (RFC 8058 one-click) unsubscribes. */
  url: string;
}

const FOOTER: Record<EmailLocale, (url: string) => string> = {
  en: (url) => `Unsubscribe from emails like this one: ${url}`,
  vi: (url) => `Hủy nhận những email như thế này: ${url}`,
  ja: (url) => `このような内容のメールの配信停止はこちら：${url}`,
};

export function unsubscribeFooter(locale: EmailLocale, url: string): string {
  return FOOTER[locale](url);
}

/** The mailbox a mailto: List-Unsubscribe goes to: "unsubscribe@" the From address's domain. */
export function unsubscribeMailbox(from: string): string {
  const domain = /@([^>\s]+)>?\s*$/.exec(from)?.[1] ?? "localhost";
  return `unsubscribe@${domain}`;
}

export function unsubscribeMailto(from: string, url: string): string {
  const token = new URL(url).searchParams.get("token") ?? "";
  return `mailto:${unsubscribeMailbox(from)}?subject=${encodeURIComponent(`unsubscribe ${token}`)}`;
}

const escapeHtml = (value: string) =>
  value
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;");

/**
 * The HTML part of a text mail: the same words, paragraphs as <p>, links clickable. Written
 * from the text so the two parts can never say different things.
 */
export function htmlOfText(locale: EmailLocale, subject: string, text: string): string {
  const paragraphs = text
    .split(/\n{2,}/)
    .map((paragraph) => {
      const linked = escapeHtml(paragraph).replace(
        /https?:\/\/[^\s<]+/g,
        (url) => `<a href="${url}">${url}</a>`,
      );
      return `<p>${linked.replaceAll("\n", "<br>")}</p>`;
    })
    .join("\n");
  return `<!doctype html>\n<html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>\n<body style="font-family:sans-serif;line-height:1.5;color:#1f2937;max-width:40rem">\n${paragraphs}\n</body></html>`;
}
