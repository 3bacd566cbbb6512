import type { EmailLocale } from "./templates";

/**
 * F6: a company invited the seeker to apply for one of its jobs. Says who and for which job, and
 * nothing the company does not already know; the details and the answer are in the inbox.
 */
export interface InvitationReceivedEmail {
  kind: "invitation-received";
  companyName: string;
  jobTitle: string;
  /** The invitation's page in the seeker app. */
  link: string;
  expiresAt: Date;
}

const EMAIL_TIME_ZONE = "Asia/Tokyo";

function formatDay(locale: EmailLocale, date: Date): string {
  return new Intl.DateTimeFormat(locale, {
    year: "numeric",
    month: "long",
    day: "numeric",
    timeZone: EMAIL_TIME_ZONE,
  }).format(date);
}

type Render = (email: InvitationReceivedEmail) => { subject: string; text: string };

const TEMPLATES: Record<EmailLocale, Render> = {
  en: ({ companyName, jobTitle, link, expiresAt }) => ({
    subject: `${companyName} invited you to apply: ${jobTitle}`,
    text: `${companyName} found your resume on Tsunagu and invites you to consider this job:\n\n${jobTitle}\n\nRead the invitation, with the salary range and visa support, and answer it here:\n\n${link}\n\nThe company does not have your name or contact details. They are shared with this company only if you accept. The invitation is open until ${formatDay("en", expiresAt)}. If it looks like spam or a scam, you can report it on the same page.\n\nYou get this email because invitation emails are on for your account.\n\n— Tsunagu`,
  }),
  vi: ({ companyName, jobTitle, link, expiresAt }) => ({
    subject: `${companyName} mời bạn ứng tuyển: ${jobTitle}`,
    text: `${companyName} đã tìm thấy hồ sơ của bạn trên Tsunagu và mời bạn cân nhắc công việc này:\n\n${jobTitle}\n\nXem lời mời, kèm mức lương và hỗ trợ visa, và trả lời tại đây:\n\n${link}\n\nCông ty chưa có tên và thông tin liên hệ của bạn. Những thông tin này chỉ được chia sẻ với công ty này nếu bạn chấp nhận. Lời mời còn hiệu lực đến ${formatDay("vi", expiresAt)}. Nếu lời mời có vẻ là thư rác hoặc lừa đảo, bạn có thể báo cáo ngay trên trang đó.\n\nBạn nhận được email này vì tài khoản của bạn đang bật email thông báo lời mời.\n\n— Tsunagu`,
  }),
  ja: ({ companyName, jobTitle, link, expiresAt }) => ({
    subject: `【Tsunagu】${companyName}から求人への招待が届きました：${jobTitle}`,
    text: `${companyName}がTsunaguであなたのレジュメを見つけ、次の求人への応募を検討してほしいと招待しています。\n\n${jobTitle}\n\n給与の範囲やビザサポートを含む招待の内容の確認と返答はこちらから：\n\n${link}\n\nこの会社はまだあなたの氏名や連絡先を知りません。承諾した場合に限り、この会社にだけ共有されます。招待の有効期限は${formatDay("ja", expiresAt)}です。迷惑メールや詐欺のように見える場合は、同じページから報告できます。\n\nアカウントで招待メールの受信が有効になっているため、このメールをお送りしています。\n\n— Tsunagu`,
  }),
};

export function renderInvitationReceivedEmail(
  locale: EmailLocale,
  email: InvitationReceivedEmail,
): { subject: string; text: string } {
  return TEMPLATES[locale](email);
}
