import type { EmailLocale } from "./templates";

/**
 * F12: new resumes match one of the member's saved searches. The count, the redacted headlines
 * of the first few and a link to the search: never a name, contact detail or anything else the
 * search page itself would not show.
 */
export interface SavedSearchAlertEmail {
  kind: "saved-search-alert";
  searchName: string;
  /** How many resumes are new or updated since the last alert and match the search. */
  newMatches: number;
  /** Redacted headlines (R2) of the first matches; null for a resume without one. */
  headlines: (string | null)[];
  /** The saved search on the employer search page. */
  link: string;
  /** The saved searches page, where the alert is changed or turned off. */
  manageLink: string;
}

type Render = (email: SavedSearchAlertEmail) => { subject: string; text: string };

const list = (headlines: (string | null)[], untitled: string) =>
  headlines.map((headline) => `- ${headline?.trim() || untitled}`).join("\n");

const TEMPLATES: Record<EmailLocale, Render> = {
  en: ({ searchName, newMatches, headlines, link, manageLink }) => {
    const count = newMatches === 1 ? "1 new candidate" : `${newMatches} new candidates`;
    const more =
      newMatches > headlines.length ? `\n…and ${newMatches - headlines.length} more.` : "";
    return {
      subject: `${count} for your saved search “${searchName}”`,
      text: `${count} match your saved search “${searchName}” since the last alert:\n\n${list(headlines, "(no headline)")}${more}\n\nSee them on Tsunagu:\n\n${link}\n\nResumes are shown without names or contact details; a candidate shares those only by accepting an invitation.\n\nChange or turn off this alert: ${manageLink}\n\n— Tsunagu`,
    };
  },
  vi: ({ searchName, newMatches, headlines, link, manageLink }) => {
    const more =
      newMatches > headlines.length ? `\n…và ${newMatches - headlines.length} hồ sơ khác.` : "";
    return {
      subject: `${newMatches} ứng viên mới cho tìm kiếm đã lưu “${searchName}”`,
      text: `Từ lần thông báo trước, có ${newMatches} ứng viên mới phù hợp với tìm kiếm đã lưu “${searchName}”:\n\n${list(headlines, "(chưa có tiêu đề)")}${more}\n\nXem trên Tsunagu:\n\n${link}\n\nHồ sơ được hiển thị không kèm tên hay thông tin liên hệ; ứng viên chỉ chia sẻ những thông tin đó khi chấp nhận lời mời.\n\nThay đổi hoặc tắt thông báo này: ${manageLink}\n\n— Tsunagu`,
    };
  },
  ja: ({ searchName, newMatches, headlines, link, manageLink }) => {
    const more = newMatches > headlines.length ? `\nほか${newMatches - headlines.length}件` : "";
    return {
      subject: `【Tsunagu】保存した検索「${searchName}」に新しい候補者が${newMatches}件あります`,
      text: `前回のお知らせ以降、保存した検索「${searchName}」に一致する新しい候補者が${newMatches}件あります。\n\n${list(headlines, "（見出しなし）")}${more}\n\nTsunaguで確認する：\n\n${link}\n\nレジュメは氏名や連絡先を含まない形で表示されます。候補者がこれらを共有するのは、招待を承諾した場合だけです。\n\nこのお知らせの変更・停止：${manageLink}\n\n— Tsunagu`,
    };
  },
};

export function renderSavedSearchAlertEmail(
  locale: EmailLocale,
  email: SavedSearchAlertEmail,
): { subject: string; text: string } {
  return TEMPLATES[locale](email);
}
