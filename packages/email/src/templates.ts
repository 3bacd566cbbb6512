/** The languages an email can be written in; the same codes as the apps' UI languages. */
export type EmailLocale = "en" | "vi" | "ja";

/** Which app the reader uses: the wording names it so a seeker mail never says "company". */
export type AccountApp = "seeker" | "employer" | "admin";

export type AccountEmail =
  /** A link proving the address (sign-up, resend, change of email). */
  | { kind: "verify-email"; link: string }
  /** A link to set a new password. */
  | { kind: "reset-password"; link: string }
  /**
   * Someone tried to register (or switch an account to) this address, which already has an
   * account: the owner hears about it instead of the visitor learning that the address exists.
   */
  | { kind: "already-registered"; signInLink: string; resetLink: string }
  /** F10: an owner invited this address to join their company's team. */
  | {
      kind: "member-invitation";
      companyName: string;
      inviterName: string;
      role: MemberInvitationRole;
      link: string;
      expiresAt: Date;
    }
  /** F10: a link proving the company's domain through a work address on it. */
  | { kind: "domain-confirmation"; companyName: string; domain: string; link: string }
  | NewSignInEmail
  | AccountDeletedEmail
  | PolicyChangedEmail
  /** F7: a request that needs a person was received; when it is due and where to follow it. */
  | {
      kind: "data-request-received";
      request: "RECTIFICATION" | "OBJECTION" | "COMPLAINT";
      dueAt: Date;
      link: string;
    };

/**
 * F7: the account is gone. Sent to the address once it is held nowhere else; says what was
 * kept, why and until when.
 */
export interface AccountDeletedEmail {
  kind: "account-deleted";
  deletedAt: Date;
  /** Records of provision to companies kept for APPI; 0 when there were none. */
  provisionRecords: number;
  provisionUntil: Date | null;
  evidenceUntil: Date;
  suppressionUntil: Date;
}

/**
 * R7: a new policy version changed a purpose the person had agreed to under an earlier one. The
 * consent still stands; they are asked to review it (the same question waits at sign-in).
 */
export interface PolicyChangedEmail {
  kind: "policy-changed";
  /** The new version's effective day (ISO date). */
  effectiveOn: string;
  /** What changed, in the mail's language (the policy's own change notes). */
  changes: string[];
  reviewLink: string;
  policyLink: string;
}

/** A sign-in from a browser that never signed in to this account before (F1). */
export interface NewSignInEmail {
  kind: "new-sign-in";
  /** "Chrome on Android", as the account page names devices; null when the browser is not known. */
  device: string | null;
  at: Date;
  /** Ends that session at once, no sign-in needed. */
  notMeLink: string;
  resetLink: string;
}

/** The roles an invitation can grant (MemberRole in @tsunagu/db). */
export type MemberInvitationRole = "OWNER" | "RECRUITER";

/** Dates in emails are written in Japan time, where the companies are. */
const EMAIL_TIME_ZONE = "Asia/Tokyo";

function formatExpiry(locale: EmailLocale, date: Date): string {
  return new Intl.DateTimeFormat(locale, {
    year: "numeric",
    month: "long",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: EMAIL_TIME_ZONE,
    timeZoneName: "short",
  }).format(date);
}

function formatDay(locale: EmailLocale, date: Date): string {
  return new Intl.DateTimeFormat(locale, {
    year: "numeric",
    month: "long",
    day: "numeric",
    timeZone: EMAIL_TIME_ZONE,
  }).format(date);
}

const REQUEST_NAMES: Record<
  EmailLocale,
  Record<"RECTIFICATION" | "OBJECTION" | "COMPLAINT", string>
> = {
  en: { RECTIFICATION: "correction", OBJECTION: "objection", COMPLAINT: "complaint" },
  vi: { RECTIFICATION: "yêu cầu chỉnh sửa", OBJECTION: "phản đối", COMPLAINT: "khiếu nại" },
  ja: { RECTIFICATION: "訂正の依頼", OBJECTION: "異議", COMPLAINT: "苦情" },
};

const ROLE_NAMES: Record<EmailLocale, Record<MemberInvitationRole, string>> = {
  en: { OWNER: "owner", RECRUITER: "recruiter" },
  vi: { OWNER: "chủ sở hữu", RECRUITER: "nhà tuyển dụng" },
  ja: { OWNER: "オーナー", RECRUITER: "採用担当者" },
};

interface Rendered {
  subject: string;
  text: string;
}

type Templates = {
  [K in AccountEmail["kind"]]: (email: Extract<AccountEmail, { kind: K }>) => Rendered;
};

/** Plain-text bodies: every client shows them, and links stay copyable. */
const TEMPLATES: Record<EmailLocale, Templates> = {
  en: {
    "verify-email": ({ link }) => ({
      subject: "Confirm your email address for Tsunagu",
      text: `Please confirm this email address by opening the link below:\n\n${link}\n\nThe link works once and expires in 24 hours. If you did not ask for this, you can ignore this email.\n\n— Tsunagu`,
    }),
    "reset-password": ({ link }) => ({
      subject: "Reset your Tsunagu password",
      text: `Someone asked to reset the password of your Tsunagu account. To choose a new password, open this link:\n\n${link}\n\nThe link works once and expires in 1 hour. If it was not you, ignore this email: your password stays the same.\n\n— Tsunagu`,
    }),
    "already-registered": ({ signInLink, resetLink }) => ({
      subject: "Someone tried to register with your email address",
      text: `Someone tried to create a Tsunagu account with this email address, but you already have one.\n\nSign in: ${signInLink}\nForgot your password? ${resetLink}\n\nIf it was not you, no action is needed.\n\n— Tsunagu`,
    }),
    "member-invitation": ({ companyName, inviterName, role, link, expiresAt }) => ({
      subject: `${inviterName} invited you to join ${companyName} on Tsunagu`,
      text: `${inviterName} invited you to join ${companyName} on Tsunagu as a ${ROLE_NAMES.en[role]}.\n\nTo accept, open this link:\n\n${link}\n\nThe link works once and expires on ${formatExpiry("en", expiresAt)}. If you did not expect this invitation, you can ignore this email.\n\n— Tsunagu`,
    }),
    "domain-confirmation": ({ companyName, domain, link }) => ({
      subject: `Confirm ${domain} for ${companyName} on Tsunagu`,
      text: `To verify ${companyName} on Tsunagu, open this link while signed in to the employer app:\n\n${link}\n\nThe link works once and expires in 24 hours. If you did not ask for this, you can ignore this email.\n\n— Tsunagu`,
    }),
    "new-sign-in": ({ device, at, notMeLink, resetLink }) => ({
      subject: "New sign-in to your Tsunagu account",
      text: `Your Tsunagu account was signed in to from a device we have not seen before:\n\n${device ?? "An unknown browser"}, ${formatExpiry("en", at)}\n\nIf this was you, nothing needs to be done.\n\nIf it was not you, end that session at once with this link (no sign-in needed):\n\n${notMeLink}\n\nThen choose a new password: ${resetLink}\nTurning on two-step sign-in on your account page keeps a stolen password from being enough.\n\n— Tsunagu`,
    }),
    "account-deleted": ({
      deletedAt,
      provisionRecords,
      provisionUntil,
      evidenceUntil,
      suppressionUntil,
    }) => ({
      subject: "Your Tsunagu account has been deleted",
      text: `Your Tsunagu account was deleted on ${formatExpiry("en", deletedAt)}, as you asked. Your resume, photo, applications, invitations, consents, saved jobs and sessions are gone, and your resume has been taken out of search.\n\nWhat we keep, and why:\n\n${provisionRecords > 0 ? `- The record of ${provisionRecords} disclosure(s) of your data to companies (which company, what and when), without your name or address: Japan's APPI requires these records. They are deleted by ${formatDay("en", provisionUntil ?? evidenceUntil)}.\n` : ""}- The record that this deletion was carried out, filed under a code made from your address, not the address itself, so that we can answer a question about it: until ${formatDay("en", evidenceUntil)}.\n- A code made from your email address, so that we send it nothing more: until ${formatDay("en", suppressionUntil)}.\n\nNo company can see any of this. This is the last email we send to this address.\n\n— Tsunagu`,
    }),
    "data-request-received": ({ request, dueAt, link }) => ({
      subject: "We received your request",
      text: `We received your ${REQUEST_NAMES.en[request]} and a person on our team will handle it. You will have an answer by ${formatExpiry("en", dueAt)}, and an email at each step.\n\nFollow it here: ${link}\n\n— Tsunagu`,
    }),
    "policy-changed": ({ effectiveOn, changes, reviewLink, policyLink }) => ({
      subject: "Our privacy policy changed: please review your choice",
      text: `Our privacy policy has a new version, in force from ${formatDay("en", new Date(`${effectiveOn}T00:00:00+09:00`))}. It changes something you had agreed to:\n\n${changes.map((line) => `- ${line}`).join("\n")}\n\nYour choice stays as it is until you answer. Keep it or withdraw it here (you will also be asked when you next sign in):\n\n${reviewLink}\n\nThe full policy and its history: ${policyLink}\n\n— Tsunagu`,
    }),
  },
  vi: {
    "verify-email": ({ link }) => ({
      subject: "Xác nhận địa chỉ email của bạn trên Tsunagu",
      text: `Vui lòng xác nhận địa chỉ email này bằng cách mở liên kết dưới đây:\n\n${link}\n\nLiên kết chỉ dùng được một lần và hết hạn sau 24 giờ. Nếu bạn không yêu cầu, hãy bỏ qua email này.\n\n— Tsunagu`,
    }),
    "reset-password": ({ link }) => ({
      subject: "Đặt lại mật khẩu Tsunagu của bạn",
      text: `Có người đã yêu cầu đặt lại mật khẩu cho tài khoản Tsunagu của bạn. Để chọn mật khẩu mới, hãy mở liên kết này:\n\n${link}\n\nLiên kết chỉ dùng được một lần và hết hạn sau 1 giờ. Nếu không phải bạn, hãy bỏ qua email này: mật khẩu của bạn vẫn giữ nguyên.\n\n— Tsunagu`,
    }),
    "already-registered": ({ signInLink, resetLink }) => ({
      subject: "Có người đã thử đăng ký bằng địa chỉ email của bạn",
      text: `Có người đã thử tạo tài khoản Tsunagu bằng địa chỉ email này, nhưng bạn đã có tài khoản.\n\nĐăng nhập: ${signInLink}\nQuên mật khẩu? ${resetLink}\n\nNếu không phải bạn, bạn không cần làm gì cả.\n\n— Tsunagu`,
    }),
    "member-invitation": ({ companyName, inviterName, role, link, expiresAt }) => ({
      subject: `${inviterName} mời bạn tham gia ${companyName} trên Tsunagu`,
      text: `${inviterName} đã mời bạn tham gia ${companyName} trên Tsunagu với vai trò ${ROLE_NAMES.vi[role]}.\n\nĐể chấp nhận lời mời, hãy mở liên kết này:\n\n${link}\n\nLiên kết chỉ dùng được một lần và hết hạn vào ${formatExpiry("vi", expiresAt)}. Nếu bạn không mong đợi lời mời này, hãy bỏ qua email này.\n\n— Tsunagu`,
    }),
    "domain-confirmation": ({ companyName, domain, link }) => ({
      subject: `Xác nhận tên miền ${domain} cho ${companyName} trên Tsunagu`,
      text: `Để xác minh ${companyName} trên Tsunagu, hãy mở liên kết này khi đang đăng nhập vào ứng dụng nhà tuyển dụng:\n\n${link}\n\nLiên kết chỉ dùng được một lần và hết hạn sau 24 giờ. Nếu bạn không yêu cầu, hãy bỏ qua email này.\n\n— Tsunagu`,
    }),
    "new-sign-in": ({ device, at, notMeLink, resetLink }) => ({
      subject: "Có lượt đăng nhập mới vào tài khoản Tsunagu của bạn",
      text: `Tài khoản Tsunagu của bạn vừa được đăng nhập từ một thiết bị chưa từng dùng trước đây:\n\n${device ?? "Một trình duyệt không xác định"}, ${formatExpiry("vi", at)}\n\nNếu đó là bạn, bạn không cần làm gì thêm.\n\nNếu không phải bạn, hãy kết thúc phiên đăng nhập đó ngay bằng liên kết này (không cần đăng nhập):\n\n${notMeLink}\n\nSau đó hãy đặt mật khẩu mới: ${resetLink}\nBật đăng nhập hai bước trong trang tài khoản để mật khẩu bị lộ không đủ để vào tài khoản của bạn.\n\n— Tsunagu`,
    }),
    "account-deleted": ({
      deletedAt,
      provisionRecords,
      provisionUntil,
      evidenceUntil,
      suppressionUntil,
    }) => ({
      subject: "Tài khoản Tsunagu của bạn đã được xóa",
      text: `Tài khoản Tsunagu của bạn đã được xóa vào ${formatExpiry("vi", deletedAt)} theo yêu cầu của bạn. Hồ sơ, ảnh, đơn ứng tuyển, lời mời, các lựa chọn đồng ý, việc làm đã lưu và các phiên đăng nhập đã bị xóa, và hồ sơ của bạn đã được gỡ khỏi tìm kiếm.\n\nNhững gì chúng tôi giữ lại và lý do:\n\n${provisionRecords > 0 ? `- Bản ghi ${provisionRecords} lần dữ liệu của bạn được cung cấp cho công ty (công ty nào, nội dung gì, khi nào), không kèm tên hay địa chỉ của bạn: luật APPI của Nhật Bản yêu cầu lưu các bản ghi này. Chúng sẽ bị xóa chậm nhất vào ${formatDay("vi", provisionUntil ?? evidenceUntil)}.\n` : ""}- Bản ghi cho thấy việc xóa đã được thực hiện, lưu theo một mã tạo từ địa chỉ email của bạn chứ không phải chính địa chỉ đó, để chúng tôi có thể trả lời nếu có câu hỏi: đến ${formatDay("vi", evidenceUntil)}.\n- Một mã tạo từ địa chỉ email của bạn, để chúng tôi không gửi gì thêm đến địa chỉ này: đến ${formatDay("vi", suppressionUntil)}.\n\nKhông công ty nào xem được những thông tin này. Đây là email cuối cùng chúng tôi gửi đến địa chỉ này.\n\n— Tsunagu`,
    }),
    "data-request-received": ({ request, dueAt, link }) => ({
      subject: "Chúng tôi đã nhận được yêu cầu của bạn",
      text: `Chúng tôi đã nhận được ${REQUEST_NAMES.vi[request]} của bạn và một thành viên trong đội ngũ sẽ xử lý. Bạn sẽ nhận được câu trả lời trước ${formatExpiry("vi", dueAt)}, kèm một email ở mỗi bước.\n\nTheo dõi tại đây: ${link}\n\n— Tsunagu`,
    }),
    "policy-changed": ({ effectiveOn, changes, reviewLink, policyLink }) => ({
      subject: "Chính sách quyền riêng tư đã thay đổi: vui lòng xem lại lựa chọn của bạn",
      text: `Chính sách quyền riêng tư của chúng tôi có phiên bản mới, áp dụng từ ${formatDay("vi", new Date(`${effectiveOn}T00:00:00+09:00`))}. Phiên bản này thay đổi một điều bạn đã đồng ý:\n\n${changes.map((line) => `- ${line}`).join("\n")}\n\nLựa chọn của bạn được giữ nguyên cho đến khi bạn trả lời. Hãy giữ hoặc rút lại tại đây (bạn cũng sẽ được hỏi ở lần đăng nhập tới):\n\n${reviewLink}\n\nToàn văn chính sách và lịch sử thay đổi: ${policyLink}\n\n— Tsunagu`,
    }),
  },
  ja: {
    "verify-email": ({ link }) => ({
      subject: "【Tsunagu】メールアドレスの確認",
      text: `以下のリンクを開いて、このメールアドレスを確認してください。\n\n${link}\n\nリンクは1回限り有効で、24時間で期限切れになります。お心当たりがない場合は、このメールを破棄してください。\n\n— Tsunagu`,
    }),
    "reset-password": ({ link }) => ({
      subject: "【Tsunagu】パスワードの再設定",
      text: `Tsunagu アカウントのパスワード再設定が依頼されました。新しいパスワードを設定するには、次のリンクを開いてください。\n\n${link}\n\nリンクは1回限り有効で、1時間で期限切れになります。お心当たりがない場合は、このメールを破棄してください。パスワードは変更されません。\n\n— Tsunagu`,
    }),
    "already-registered": ({ signInLink, resetLink }) => ({
      subject: "【Tsunagu】お使いのメールアドレスで登録が試みられました",
      text: `このメールアドレスで Tsunagu アカウントの作成が試みられましたが、すでにアカウントをお持ちです。\n\nログイン: ${signInLink}\nパスワードをお忘れの場合: ${resetLink}\n\nお心当たりがない場合、対応は不要です。\n\n— Tsunagu`,
    }),
    "member-invitation": ({ companyName, inviterName, role, link, expiresAt }) => ({
      subject: `【Tsunagu】${inviterName}さんから${companyName}への招待が届いています`,
      text: `${inviterName}さんが、Tsunagu の${companyName}に${ROLE_NAMES.ja[role]}としてあなたを招待しました。\n\n招待を承諾するには、次のリンクを開いてください。\n\n${link}\n\nリンクは1回限り有効で、有効期限は${formatExpiry("ja", expiresAt)}です。お心当たりがない場合は、このメールを破棄してください。\n\n— Tsunagu`,
    }),
    "domain-confirmation": ({ companyName, domain, link }) => ({
      subject: `【Tsunagu】${companyName}のドメイン（${domain}）の確認`,
      text: `Tsunagu で${companyName}を認証するには、企業向けアプリにログインした状態で次のリンクを開いてください。\n\n${link}\n\nリンクは1回限り有効で、24時間で期限切れになります。お心当たりがない場合は、このメールを破棄してください。\n\n— Tsunagu`,
    }),
    "new-sign-in": ({ device, at, notMeLink, resetLink }) => ({
      subject: "Tsunaguアカウントへの新しいサインイン",
      text: `これまでに使われたことのない端末から、あなたのTsunaguアカウントにサインインがありました。\n\n${device ?? "不明なブラウザ"}、${formatExpiry("ja", at)}\n\nご本人であれば、対応は不要です。\n\n心当たりがない場合は、次のリンクからそのセッションをすぐに終了してください（サインインは不要です）。\n\n${notMeLink}\n\nそのうえで新しいパスワードを設定してください：${resetLink}\nアカウントページで2段階認証を有効にすると、パスワードが漏れても第三者はサインインできません。\n\n— Tsunagu`,
    }),
    "account-deleted": ({
      deletedAt,
      provisionRecords,
      provisionUntil,
      evidenceUntil,
      suppressionUntil,
    }) => ({
      subject: "【Tsunagu】アカウントを削除しました",
      text: `ご依頼により、${formatExpiry("ja", deletedAt)}にTsunaguアカウントを削除しました。レジュメ、写真、応募、招待、同意の記録、保存した求人、ログイン中のセッションはすべて削除され、レジュメは検索の対象から外れました。\n\n保存している情報とその理由：\n\n${provisionRecords > 0 ? `・あなたの情報を企業に提供した${provisionRecords}件の記録（提供先・内容・日時。氏名やメールアドレスは含みません）：個人情報保護法で保存が義務付けられているためです。${formatDay("ja", provisionUntil ?? evidenceUntil)}までに削除します。\n` : ""}・この削除を実施した記録（メールアドレスそのものではなく、アドレスから作った符号で管理します）：お問い合わせにお答えするため、${formatDay("ja", evidenceUntil)}まで保存します。\n・メールアドレスから作った符号：このアドレスに今後メールを送らないため、${formatDay("ja", suppressionUntil)}まで保存します。\n\nこれらの情報はどの企業からも見ることができません。このアドレスへのメールはこれが最後です。\n\n— Tsunagu`,
    }),
    "data-request-received": ({ request, dueAt, link }) => ({
      subject: "【Tsunagu】ご依頼を受け付けました",
      text: `${REQUEST_NAMES.ja[request]}を受け付けました。担当者が対応し、${formatExpiry("ja", dueAt)}までにご回答します。各段階でメールでお知らせします。\n\n状況の確認はこちら：${link}\n\n— Tsunagu`,
    }),
    "policy-changed": ({ effectiveOn, changes, reviewLink, policyLink }) => ({
      subject: "【Tsunagu】プライバシーポリシー改定のお知らせ（同意内容のご確認）",
      text: `プライバシーポリシーを改定しました（${formatDay("ja", new Date(`${effectiveOn}T00:00:00+09:00`))}施行）。ご同意いただいていた内容に関わる変更があります。\n\n${changes.map((line) => `・${line}`).join("\n")}\n\nご回答いただくまで、現在の設定はそのまま維持されます。次のリンクから、同意を続けるか撤回するかをお選びください（次回のログイン時にもお尋ねします）。\n\n${reviewLink}\n\nポリシー全文と改定履歴：${policyLink}\n\n— Tsunagu`,
    }),
  },
};

export function renderAccountEmail(locale: EmailLocale, email: AccountEmail): Rendered {
  const templates = TEMPLATES[locale];
  switch (email.kind) {
    case "verify-email":
      return templates["verify-email"](email);
    case "reset-password":
      return templates["reset-password"](email);
    case "already-registered":
      return templates["already-registered"](email);
    case "member-invitation":
      return templates["member-invitation"](email);
    case "domain-confirmation":
      return templates["domain-confirmation"](email);
    case "new-sign-in":
      return templates["new-sign-in"](email);
    case "account-deleted":
      return templates["account-deleted"](email);
    case "data-request-received":
      return templates["data-request-received"](email);
    case "policy-changed":
      return templates["policy-changed"](email);
  }
}
