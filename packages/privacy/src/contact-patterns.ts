/**
 * Detectors for contact details anyone might write, whoever they belong to: emails (also spelled
 * out), phone numbers, URLs and bare domains, messenger ids and @handles. They read the
 * detection form of the text (fold.ts), so full-width forms, Unicode dashes and kanji numerals
 * look like their ASCII forms, and report spans of the original text.
 */
import { findPhoneNumbersInText, type CountryCode } from "libphonenumber-js/max";
import type { MappedText, Span } from "./fold";

const LABEL = String.raw`[A-Za-z0-9_\-]+`;
const LOCAL_PART = String.raw`[\p{L}\p{N}._%+-]+`;
const EMAIL = new RegExp(String.raw`${LOCAL_PART}@${LABEL}(?:\.${LABEL})+`, "giu");
// Spelled-out "." and "@" in English, Vietnamese ("chấm", "a còng") and Japanese ("ドット",
// "アットマーク").
const DOT = String.raw`(?:\s*\.\s*|\s*[(\[{]\s*(?:dot|chấm|cham)\s*[)\]}]\s*|\s+(?:dot|chấm|cham)\s+|\s*(?:ドット|どっと)\s*)`;
const AT = String.raw`(?:\s*[(\[{]\s*(?:at|a|@)\s*[)\]}]\s*|\s+(?:at|a\s?còng|a\s?cong)\s+|\s+@\s+|\s*(?:アットマーク|あっとまーく|アット)\s*)`;

// Common and country TLDs that matter for our users; case-sensitive lower case so that skill
// names like ASP.NET or Node.JS survive while example.com or foo.co.jp do not.
const TLDS = [
  "com", "net", "org", "info", "biz", "io", "co", "me", "dev", "app", "xyz", "site", "online",
  "page", "link", "ly", "gl", "to", "tv", "cc", "us", "uk", "jp", "vn", "kr", "cn", "tw", "sg",
  "ph", "th", "id", "my", "in", "de", "fr", "au", "ca", "ne", "or", "ac", "edu", "gov",
].join("|");
// "lan at gmail dot com", "lan (at) yahoo (dot) co (dot) jp", "lan a còng gmail chấm com": the
// spelled-out forms must end in a known TLD so that "me at lan.nguyen…" in a sentence is not
// taken for an address.
// The local part may be spelled out too: "grace dot santos at outlook dot com".
const OBFUSCATED_EMAIL = new RegExp(
  String.raw`(?:${LOCAL_PART}${DOT})*${LOCAL_PART}${AT}(?:${LABEL}${DOT})+(?:${TLDS})(?![\p{L}\p{N}])`,
  "giu",
);
// URL characters per RFC 3986 (ASCII), so "https://x.com/a。次" stops before the Japanese text.
const URL_CHARS = String.raw`[A-Za-z0-9\-._~:/?#\[\]@!$&*+,;=%]`;
const URL_WITH_SCHEME = new RegExp(String.raw`\b(?:https?|ftp):\/\/${URL_CHARS}+`, "giu");
const URL_WWW = new RegExp(String.raw`\bwww\.${URL_CHARS}+`, "giu");
const BARE_DOMAIN = new RegExp(
  String.raw`(?<![\p{L}\p{N}@._-])[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.(?:${TLDS})(?![\p{L}\p{N}_-])(?:\/${URL_CHARS}*)?`,
  "gu",
);

// A run of digits with the separators people put in phone numbers: spaces (also one between
// every digit), dashes (every Unicode dash is "-" by now), dots, slashes, middle dots, brackets,
// tildes; optionally starting with +.
const PHONE_SEPARATOR = String.raw`[\s\-./・·‧∙⋅•()~_]`;
const PHONE_CANDIDATE = new RegExp(String.raw`(?:\+\s*)?\(?[0-9](?:${PHONE_SEPARATOR}{0,3}[0-9]){6,}`, "gu");
// A phone number spelled out digit by digit in words ("zero nine zero …", "không chín không …",
// "ゼロキュウゼロ…"): nine digits or digit words in a row, which prose never has.
const DIGIT_WORDS = [
  "zero", "oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
  "không", "khong", "một", "mot", "hai", "ba", "bốn", "bon", "tư", "năm", "nam", "lăm", "sáu",
  "sau", "bảy", "bay", "tám", "tam", "chín", "chin", "linh",
].join("|");
// Kana digits are written without spaces, so they need no word boundary.
const KANA_DIGITS = [
  "ゼロ", "レイ", "マル", "イチ", "ニ", "サン", "ヨン", "シ", "ゴ", "ロク", "ナナ", "シチ", "ハチ",
  "キュウ", "ク", "ぜろ", "れい", "いち", "に", "さん", "よん", "ご", "ろく", "なな", "はち", "きゅう",
].join("|");
const SPELLED_DIGIT = String.raw`(?:[0-9]|(?<![\p{L}])(?:${DIGIT_WORDS})(?![\p{Ll}])|${KANA_DIGITS})`;
const SPELLED_PHONE = new RegExp(String.raw`${SPELLED_DIGIT}(?:[\s,.\-・]{0,3}${SPELLED_DIGIT}){8,}`, "giu");
// A spelled-out number starts with a zero (national formats do) followed by another digit: a
// cheap necessary condition, so prose full of "năm" and "hai" is not searched for nine of them.
const SPELLED_ZERO_AND_DIGIT = new RegExp(
  String.raw`(?:zero|oh|không|khong|ゼロ|レイ|マル|ぜろ|れい|まる)[\s,.\-・]{0,3}(?:${DIGIT_WORDS}|${KANA_DIGITS}|[0-9])`,
  "i",
);

/** Where libphonenumber looks for numbers as a second opinion: Japan and Vietnam. */
const PHONE_COUNTRIES: readonly CountryCode[] = ["JP", "VN"];

// A messenger or social label followed by an id: "Zalo: 0901…", "skype live:x", "LINE ID abc".
// Labels that are also ordinary words ("line", "x", "signal") count only in the forms people
// use for the app ("LINE", "X") or when followed by "id", so "Product line: kitchen" survives.
const UNAMBIGUOUS_MESSENGERS = [
  "ライン", "zalo", "skype", "facebook", "fb", "telegram", "whatsapp", "viber", "wechat",
  "weixin", "instagram", "insta", "twitter", "tiktok", "kakao", "kakaotalk", "discord",
  "github", "gitlab", "linkedin",
].join("|");
const ID_WORDS = "account|handle|username|user|nick";
// A bare token after the label counts as an id when it mixes letters with digits, dots,
// underscores or colons ("skype live:lan.92"), unlike "Facebook and" or "Facebook 3 years".
const ID_LIKE = String.raw`(?=[\p{L}\p{N}._:-]*\p{L})[\p{L}\p{N}._:-]*[\p{N}_.:][\p{L}\p{N}._:-]*(?![\p{L}\p{N}])`;
const MESSENGER_VALUE = String.raw`([@\p{L}\p{N}._:+\-]*[\p{L}\p{N}_])`;
const MESSENGER_ID = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${UNAMBIGUOUS_MESSENGERS})(?:\s*[:=]\s*|\s*(?:id|ID|Id)\s*[:=]?\s*|\s*(?:${ID_WORDS})\s*[:=]\s*|\s+(?=@)|\s+(?=${ID_LIKE}))${MESSENGER_VALUE}`,
  "giu",
);
const AMBIGUOUS_MESSENGER_ID = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:LINE|Line|line|X|Signal|signal|Threads)(?:\s*(?:ID|Id|id)\s*[:=]?\s*|(?<=LINE|X)\s*[:=]\s*|\s+(?=@))${MESSENGER_VALUE}`,
  "gu",
);
const AT_HANDLE = /(?<![\p{L}\p{N}._%+-])@[\p{L}\p{N}_][\p{L}\p{N}_.]{1,}/gu;

/** The "at" of a spelled-out address: " at ", "(at)", "[a]", " @ ", " a còng ", "アットマーク". */
const SPELLED_AT = /\sat\s|[([{]\s*(?:at|a|@)\s*[)\]}]|\s@\s|\sa\s?c[oò]ng\s|アット|あっとまーく/i;

// Necessary conditions of the expressions above, far cheaper to test on text that has none.
const MESSENGER_LABEL = new RegExp(UNAMBIGUOUS_MESSENGERS, "i");
const AMBIGUOUS_MESSENGER_LABEL = /LINE|Line|line|X|Signal|signal|Threads/;
const TLD_AFTER_DOT = new RegExp(String.raw`\.(?:${TLDS})(?![a-z0-9_-])`);
const WWW = /www\./i;

/** Seven digits anywhere: the fewest an international phone number can have. */
const MANY_DIGITS = /(?:[0-9][^0-9]*){7}/u;

function regexSpans(text: string, pattern: RegExp, group = 0): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(pattern)) {
    if (match.index === undefined) continue;
    if (group === 0) {
      spans.push([match.index, match.index + match[0].length]);
    } else if (match[group]) {
      const offset = match[0].lastIndexOf(match[group]);
      spans.push([match.index + offset, match.index + offset + match[group].length]);
    }
  }
  return spans;
}

/**
 * A date or a date range, not a phone: there are years, and every other digit group is a
 * month or a day of one of them ("2019.04 – 2023.03", "2019/04/01"). Otherwise short groups
 * are a number spelled out digit by digit ("0 9 0 1 2 3 4 5 6 7 8").
 */
function looksLikeDates(candidate: string): boolean {
  const groups = candidate.match(/\d+/g) ?? [];
  const years = groups.filter((g) => /^(?:19|20)\d\d$/.test(g)).length;
  const others = groups.length - years;
  return years > 0 && others <= 2 * years && groups.every((g) => g.length <= 2 || /^(?:19|20)\d\d$/.test(g));
}

/**
 * An amount with thousands separators ("300.000.000 VND", "4,500,000"): a national phone number
 * in Japan or Vietnam starts with 0, an international one with +.
 */
function looksLikeAmount(candidate: string): boolean {
  return /^[1-9][0-9]{0,2}([.,])[0-9]{3}(?:\1[0-9]{3})+$/.test(candidate.trim());
}

function isPhoneNumber(candidate: string): boolean {
  const digits = candidate.replace(/\D/g, "").length;
  const international = candidate.trimStart().startsWith("+");
  if (digits < (international ? 7 : 9)) return false;
  return !looksLikeDates(candidate) && !looksLikeAmount(candidate);
}

function phoneSpans(text: string): Span[] {
  const candidates = regexSpans(text, PHONE_CANDIDATE);
  // libphonenumber knows national formats the expression does not; it costs more, so it runs
  // only on text that has digits enough for a number.
  for (const country of PHONE_COUNTRIES) {
    for (const found of findPhoneNumbersInText(text, country)) candidates.push([found.startsAt, found.endsAt]);
  }
  return candidates.filter(([start, end]) => isPhoneNumber(text.slice(start, end)));
}

/** Spans of the original text that hold contact details, found in its detection form. */
export function contactSpans(detection: MappedText): Span[] {
  const text = detection.text;
  // Cheap tests first: most professional text has no @, no URL and few digits, and each
  // detector it skips is a full regex pass saved (a reindex scrubs every resume).
  const hasAt = text.includes("@");
  const hasDot = text.includes(".");
  const spans: Span[] = [];
  const add = (found: Span[]) => {
    for (const span of found) spans.push(detection.originalSpan(span[0], span[1]));
  };
  if (hasAt) add(regexSpans(text, EMAIL));
  if (SPELLED_AT.test(text)) add(regexSpans(text, OBFUSCATED_EMAIL));
  if (text.includes("://")) add(regexSpans(text, URL_WITH_SCHEME));
  if (hasDot && WWW.test(text)) add(regexSpans(text, URL_WWW));
  if (hasDot && TLD_AFTER_DOT.test(text)) add(regexSpans(text, BARE_DOMAIN));
  if (MANY_DIGITS.test(text)) add(phoneSpans(text));
  // Only what the digit expressions above did not already judge (a date range stays a date range).
  if (SPELLED_ZERO_AND_DIGIT.test(text)) {
    add(regexSpans(text, SPELLED_PHONE).filter(([start, end]) => !/^[0-9\s,.\-・]+$/u.test(text.slice(start, end))));
  }
  if (MESSENGER_LABEL.test(text)) add(regexSpans(text, MESSENGER_ID, 1));
  if (AMBIGUOUS_MESSENGER_LABEL.test(text)) add(regexSpans(text, AMBIGUOUS_MESSENGER_ID, 1));
  if (hasAt) add(regexSpans(text, AT_HANDLE));
  return spans;
}
