import { CONSENT_PURPOSES, type ConsentPurposeCode } from "../privacy";

export type PolicyLocale = "en" | "vi" | "ja";

export interface PolicySection {
  heading: string;
  paragraphs: string[];
}

export interface PolicyText {
  /** What changed from the previous version, in plain words; the first version says so. */
  changes: string[];
  sections: PolicySection[];
}

/**
 * One published version of the privacy policy. Versions are never edited once published: a
 * change is a new entry, so a consent recorded against a version (R7) always points at the text
 * the person was shown.
 */
export interface PolicyVersion {
  /** The version consents are recorded against, e.g. "2026-11-01". */
  version: string;
  /** The day from which it applies (Asia/Tokyo calendar day, ISO date). */
  effectiveOn: string;
  /**
   * Purposes whose wording or scope this version changed: a person whose consent to one of them
   * was given under an earlier version is asked to review it (at sign-in and by email).
   */
  changedPurposes: readonly ConsentPurposeCode[];
  text: Record<PolicyLocale, PolicyText>;
}

const common = {
  en: {
    who: {
      heading: "Who we are",
      paragraphs: [
        "Tsunagu connects people looking for work in Japan with the companies that hire them. We decide why and how your data is used, and this policy says how.",
      ],
    },
    rights: {
      heading: "Your rights, exercised at once",
      paragraphs: [
        "In the privacy center you can see and change every consent, download everything we hold about you, restrict processing, object to marketing, see which company saw what, and delete your account. Each takes effect when you press the button.",
        "What you cannot do yourself (a correction, a complaint, an objection with reasons) you ask for with a request; we answer within 72 hours and always within the legal deadline of your jurisdiction.",
      ],
    },
    keep: {
      heading: "How long we keep data",
      paragraphs: [
        "Your data stays while your account exists. When you delete it, everything goes except the little the law requires (records of provision to companies, generally three years) and a keyed hash of your address so that mail you stopped stays stopped; each has an expiry after which it is deleted automatically.",
      ],
    },
  },
  vi: {
    who: {
      heading: "Chúng tôi là ai",
      paragraphs: [
        "Tsunagu kết nối những người tìm việc tại Nhật Bản với các công ty tuyển dụng họ. Chúng tôi quyết định mục đích và cách sử dụng dữ liệu của bạn, và chính sách này nói rõ điều đó.",
      ],
    },
    rights: {
      heading: "Quyền của bạn, thực hiện ngay lập tức",
      paragraphs: [
        "Trong trung tâm quyền riêng tư, bạn có thể xem và thay đổi mọi sự đồng ý, tải xuống toàn bộ dữ liệu chúng tôi lưu về bạn, hạn chế xử lý, phản đối tiếp thị, xem công ty nào đã xem gì và xóa tài khoản. Mỗi thao tác có hiệu lực ngay khi bạn bấm nút.",
        "Những việc bạn không tự làm được (đính chính, khiếu nại, phản đối kèm lý do) thì bạn gửi yêu cầu; chúng tôi trả lời trong vòng 72 giờ và luôn trong thời hạn pháp luật nơi bạn sinh sống quy định.",
      ],
    },
    keep: {
      heading: "Chúng tôi lưu dữ liệu bao lâu",
      paragraphs: [
        "Dữ liệu của bạn được lưu khi tài khoản còn tồn tại. Khi bạn xóa tài khoản, mọi thứ đều bị xóa, trừ phần tối thiểu pháp luật yêu cầu (hồ sơ cung cấp dữ liệu cho công ty, thường là ba năm) và một mã băm có khóa của địa chỉ email để thư bạn đã hủy đăng ký không bị gửi lại; mỗi phần có thời hạn và được xóa tự động khi hết hạn.",
      ],
    },
  },
  ja: {
    who: {
      heading: "運営者について",
      paragraphs: [
        "Tsunagu は、日本で仕事を探す人と、その人を採用する企業をつなぎます。あなたのデータを利用する目的と方法は当社が決定し、本ポリシーでその内容を説明します。",
      ],
    },
    rights: {
      heading: "あなたの権利はその場で行使できます",
      paragraphs: [
        "プライバシーセンターでは、すべての同意の確認と変更、保有データ一式のダウンロード、利用の制限、マーケティングへの異議、どの企業が何を見たかの確認、アカウントの削除ができます。いずれもボタンを押した時点で反映されます。",
        "ご自身でできないこと（訂正、苦情、理由を添えた異議）は請求として受け付け、72 時間以内に、また必ずお住まいの地域の法定期限内に回答します。",
      ],
    },
    keep: {
      heading: "保存期間",
      paragraphs: [
        "データはアカウントがある間保存します。アカウントを削除すると、法律が求める最小限の記録（企業への提供記録、原則 3 年）と、配信を停止したメールが再び届かないようにするためのメールアドレスの鍵付きハッシュを除き、すべて削除します。残る記録にもそれぞれ期限があり、期限後は自動的に削除されます。",
      ],
    },
  },
} satisfies Record<PolicyLocale, Record<string, PolicySection>>;

function purposes(locale: PolicyLocale, partnerText: string): PolicySection {
  const intro = {
    en: "We use your data only for the purposes below. Each optional purpose is off until you switch it on, and you can switch it off at any time.",
    vi: "Chúng tôi chỉ sử dụng dữ liệu của bạn cho các mục đích dưới đây. Mỗi mục đích không bắt buộc đều tắt cho đến khi bạn bật, và bạn có thể tắt bất cứ lúc nào.",
    ja: "データは以下の目的にのみ利用します。任意の目的はご自身がオンにするまでオフのままで、いつでもオフにできます。",
  }[locale];
  const items = {
    en: [
      "Your account and your applications: needed to provide the service.",
      "Being found by companies: only verified, paying companies, and only a redacted resume without your name or contact details.",
      "Contact details reach a company only when you apply to it or accept its invitation, and each such disclosure is recorded.",
      "Job alerts, newsletter and Tsunagu's own offers: each only with your consent.",
    ],
    vi: [
      "Tài khoản và đơn ứng tuyển của bạn: cần thiết để cung cấp dịch vụ.",
      "Được công ty tìm thấy: chỉ các công ty đã xác minh và trả phí, và chỉ thấy hồ sơ đã ẩn thông tin, không có tên hay thông tin liên hệ của bạn.",
      "Thông tin liên hệ chỉ đến tay một công ty khi bạn ứng tuyển vào công ty đó hoặc chấp nhận lời mời của họ, và mỗi lần cung cấp đều được ghi lại.",
      "Thông báo việc làm, bản tin và ưu đãi của Tsunagu: mỗi loại chỉ khi bạn đồng ý.",
    ],
    ja: [
      "アカウントと応募：サービスの提供に必要です。",
      "企業からの検索：認証済みの有料企業のみが、氏名や連絡先を除いた匿名化済みの履歴書だけを閲覧できます。",
      "連絡先が企業に渡るのは、その企業に応募したとき、または企業からのスカウトを承諾したときだけで、提供のたびに記録します。",
      "求人アラート、ニュースレター、Tsunagu からのお知らせ：それぞれ同意がある場合のみ送ります。",
    ],
  }[locale];
  const heading = {
    en: "What we use your data for",
    vi: "Chúng tôi dùng dữ liệu của bạn để làm gì",
    ja: "データの利用目的",
  }[locale];
  return { heading, paragraphs: [intro, ...items, partnerText] };
}

const partnersV1: Record<PolicyLocale, string> = {
  en: "Offers from partners: with your consent, Tsunagu sends you offers from partner schools. Your data is not given to them.",
  vi: "Ưu đãi từ đối tác: nếu bạn đồng ý, Tsunagu gửi cho bạn ưu đãi từ các trường đối tác. Dữ liệu của bạn không được chuyển cho họ.",
  ja: "提携先からのご案内：同意がある場合、提携校からのご案内を Tsunagu がお送りします。あなたのデータを提携先に渡すことはありません。",
};

const partnersV2: Record<PolicyLocale, string> = {
  en: "Offers from partners: with your consent, Tsunagu sends you offers from partner schools and from relocation and visa services. Your data is not given to them; Tsunagu sends every offer itself.",
  vi: "Ưu đãi từ đối tác: nếu bạn đồng ý, Tsunagu gửi cho bạn ưu đãi từ các trường đối tác và từ các dịch vụ chuyển chỗ ở và thị thực. Dữ liệu của bạn không được chuyển cho họ; Tsunagu tự gửi mọi ưu đãi.",
  ja: "提携先からのご案内：同意がある場合、提携校に加え、引っ越し・ビザ関連サービスからのご案内を Tsunagu がお送りします。あなたのデータを提携先に渡すことはなく、ご案内はすべて Tsunagu から送ります。",
};

function text(
  locale: PolicyLocale,
  partners: Record<PolicyLocale, string>,
  changes: string[],
): PolicyText {
  const parts = common[locale];
  return {
    changes,
    sections: [parts.who, purposes(locale, partners[locale]), parts.rights, parts.keep],
  };
}

/** Every published version, oldest first. The last one is the current policy. */
export const POLICY_VERSIONS: readonly PolicyVersion[] = Object.freeze([
  {
    version: "2026-11-01",
    effectiveOn: "2026-11-01",
    changedPurposes: [],
    text: {
      en: text("en", partnersV1, ["The first version of this policy."]),
      vi: text("vi", partnersV1, ["Phiên bản đầu tiên của chính sách này."]),
      ja: text("ja", partnersV1, ["本ポリシーの最初の版です。"]),
    },
  },
  {
    version: "2026-12-01",
    effectiveOn: "2026-12-01",
    changedPurposes: ["PARTNER_OFFERS"],
    text: {
      en: text("en", partnersV2, [
        "Offers from partners now include relocation and visa services, not only schools. If you had agreed to partner offers, we ask you to confirm.",
      ]),
      vi: text("vi", partnersV2, [
        "Ưu đãi từ đối tác nay bao gồm cả dịch vụ chuyển chỗ ở và thị thực, không chỉ trường học. Nếu bạn đã đồng ý nhận ưu đãi từ đối tác, chúng tôi đề nghị bạn xác nhận lại.",
      ]),
      ja: text("ja", partnersV2, [
        "提携先からのご案内の対象を、学校だけでなく引っ越し・ビザ関連サービスにも広げました。提携先からのご案内に同意されていた方には、改めて確認をお願いしています。",
      ]),
    },
  },
]);

/** The policy in force: consents given now are recorded against its version. */
export const CURRENT_POLICY: PolicyVersion = POLICY_VERSIONS[POLICY_VERSIONS.length - 1]!;

export function policyVersion(version: string): PolicyVersion | undefined {
  return POLICY_VERSIONS.find((entry) => entry.version === version);
}

/**
 * The newest version that changed `purpose`, or undefined if none did: a consent granted under
 * an older version than this is to be reviewed. Versions sort as ISO dates.
 */
export function lastChangeOf(purpose: ConsentPurposeCode): string | undefined {
  return [...POLICY_VERSIONS].reverse().find((entry) => entry.changedPurposes.includes(purpose))
    ?.version;
}

export interface ConsentToReview {
  purpose: ConsentPurposeCode;
  /** The version the person agreed under. */
  grantedUnder: string;
  /** The version that changed the purpose since. */
  changedIn: string;
}

/**
 * Purposes agreed to under a version older than the one that last changed them, given each
 * purpose's latest consent event: the consent still stands (withdrawing is the person's choice),
 * but they are asked to review it. Versions are ISO dates, so they compare as strings.
 */
export function consentsDueForReview(
  latest: readonly { purpose: ConsentPurposeCode; granted: boolean; policyVersion: string }[],
): ConsentToReview[] {
  return CONSENT_PURPOSES.flatMap((purpose) => {
    const changedIn = lastChangeOf(purpose);
    const event = latest.find((row) => row.purpose === purpose);
    return changedIn && event?.granted && event.policyVersion < changedIn
      ? [{ purpose, grantedUnder: event.policyVersion, changedIn }]
      : [];
  });
}
