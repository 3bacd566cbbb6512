import { fold, foldText } from "./fold";

/** What replaces anything scrubbed out of free text. Neutral, and matched by no detector. */
export const SCRUB_MARKER = "[hidden]";

/** Values belonging to one person that must never appear in redacted text. */
export interface PersonalTerms {
  /** Names of the seeker (each part and the whole), referees, and similar. */
  names: readonly string[];
  /** Current or last employers. */
  employers: readonly string[];
  /** Nearest station and any other location finer than a prefecture. */
  places: readonly string[];
  /** Any other literal value: phone, email as entered, account-linked identifiers. */
  literals: readonly string[];
}

export const NO_PERSONAL_TERMS: PersonalTerms = { names: [], employers: [], places: [], literals: [] };

type Span = readonly [start: number, end: number];

const DIGIT = "[0-9０-９]";
const LABEL = String.raw`[A-Za-z0-9_\-Ａ-Ｚａ-ｚ０-９－]+`;
const LOCAL_PART = String.raw`[\p{L}\p{N}._%+-]+`;
const EMAIL = new RegExp(String.raw`${LOCAL_PART}[@＠]${LABEL}(?:[.．]${LABEL})+`, "giu");
const DOT = String.raw`(?:\s*[.．]\s*|\s*[(\[{]\s*dot\s*[)\]}]\s*|\s+dot\s+)`;


// Common and country TLDs that matter for our users; case-sensitive lower case so that skill
// names like ASP.NET or Node.JS survive while example.com or foo.co.jp do not.
const TLDS = [
  "com", "net", "org", "info", "biz", "io", "co", "me", "dev", "app", "xyz", "site", "online",
  "page", "link", "ly", "gl", "to", "tv", "cc", "us", "uk", "jp", "vn", "kr", "cn", "tw", "sg",
  "ph", "th", "id", "my", "in", "de", "fr", "au", "ca", "ne", "or", "ac", "edu", "gov",
].join("|");
// "lan at gmail dot com", "lan (at) yahoo (dot) co (dot) jp": the spelled-out forms must end in a
// known TLD so that "me at lan.nguyen…" in a sentence is not taken for an address.
const OBFUSCATED_EMAIL = new RegExp(
  String.raw`${LOCAL_PART}(?:\s*[(\[{]\s*at\s*[)\]}]\s*|\s+at\s+|\s+[@＠]\s+)(?:${LABEL}${DOT})+(?:${TLDS})(?![\p{L}\p{N}])`,
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

// A run of digits with the separators people put in phone numbers (spaces, dashes, dots,
// brackets, full-width forms), optionally starting with + or ＋.
const PHONE_CANDIDATE = new RegExp(
  String.raw`(?:[+＋]\s*)?[(（]?${DIGIT}(?:[\s\-‐‑–—―ー.．/・()（）]{0,3}${DIGIT}){6,}`,
  "gu",
);

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
  String.raw`(?<![\p{L}\p{N}])(?:${UNAMBIGUOUS_MESSENGERS})(?:\s*[:：=]\s*|\s*(?:id|ID|Id)\s*[:：=]?\s*|\s*(?:${ID_WORDS})\s*[:：=]\s*|\s+(?=@)|\s+(?=${ID_LIKE}))${MESSENGER_VALUE}`,
  "giu",
);
const AMBIGUOUS_MESSENGER_ID = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:LINE|Line|line|X|Signal|signal|Threads)(?:\s*(?:ID|Id|id)\s*[:：=]?\s*|(?<=LINE|X)\s*[:：=]\s*|\s+(?=@))${MESSENGER_VALUE}`,
  "gu",
);
const AT_HANDLE = /(?<![\p{L}\p{N}._%+-])[@＠][\p{L}\p{N}_][\p{L}\p{N}_.]{1,}/gu;

/** The "at" of a spelled-out address: " at ", "(at)", "[at]", " @ ". */
const SPELLED_AT = /\sat\s|[([{]\s*at\s*[)\]}]|\s[@＠]\s/i;

/** Seven digits anywhere: the fewest an international phone number can have. */
const MANY_DIGITS = /(?:[0-9０-９][^0-9０-９]*){7}/u;

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

/** True when every digit group looks like a year or a month: a date range, not a phone. */
function looksLikeDates(candidate: string): boolean {
  const groups = candidate.normalize("NFKC").match(/\d+/g) ?? [];
  return groups.every((g) => /^(?:19|20)\d\d$/.test(g) || g.length <= 2);
}

function phoneSpans(text: string): Span[] {
  return regexSpans(text, PHONE_CANDIDATE).filter(([start, end]) => {
    const candidate = text.slice(start, end);
    const digits = candidate.normalize("NFKC").replace(/\D/g, "").length;
    const international = /^[+＋]/.test(candidate);
    if (digits < (international ? 7 : 9)) return false;
    return !looksLikeDates(candidate);
  });
}

const WORDISH = /[\p{L}\p{N}]/u;
const GENERIC_EMPLOYER_WORDS = new Set(
  [
    "co", "ltd", "inc", "llc", "corp", "corporation", "company", "limited", "group", "holdings",
    "jsc", "jsc.", "kk", "k.k", "gk", "kabushiki", "kaisha", "cong", "ty", "tnhh", "co.,", "the",
    "and", "of", "japan", "vietnam", "viet", "nam", "株式会社", "有限会社", "合同会社",
  ].map(fold),
);
const JAPANESE_LEGAL_FORMS = /株式会社|有限会社|合同会社|[(（]株[)）]/gu;
const STATION_SUFFIXES = /(?:\s+station|\s+sta\.?|駅|\s+eki)$/iu;

/** Splits a personal value into the pieces a reader would still recognise on their own. */
function expandTerms(terms: PersonalTerms): string[] {
  const out = new Set<string>();
  const add = (value: string) => {
    const f = fold(value).trim();
    if (f.length >= 2 || /[^\p{Script=Latin}\p{N}\s]/u.test(f)) out.add(f);
  };
  for (const name of terms.names) {
    add(name);
    for (const part of name.split(/[\s,.・]+/u)) add(part);
  }
  for (const employer of terms.employers) {
    add(employer);
    for (const part of employer.split(/[\s,()]+/u)) {
      if (!GENERIC_EMPLOYER_WORDS.has(fold(part)) && fold(part).length >= 3) add(part);
    }
    add(employer.replace(JAPANESE_LEGAL_FORMS, ""));
  }
  for (const place of terms.places) {
    add(place);
    add(place.replace(STATION_SUFFIXES, ""));
  }
  for (const literal of terms.literals) add(literal);
  out.delete("");
  return [...out].sort((a, b) => b.length - a.length);
}

function termSpans(text: string, terms: readonly string[]): Span[] {
  if (terms.length === 0) return [];
  const { folded, originalStart, originalEnd } = foldText(text);
  const spans: Span[] = [];
  for (const term of terms) {
    const needsBoundary = WORDISH.test(term[0] ?? "") && /^[\p{Script=Latin}\p{N}]/u.test(term);
    let from = 0;
    for (;;) {
      const at = folded.indexOf(term, from);
      if (at < 0) break;
      from = at + 1;
      const end = at + term.length;
      if (needsBoundary) {
        const before = folded[at - 1];
        const after = folded[end];
        if ((before && WORDISH.test(before)) || (after && WORDISH.test(after))) continue;
      }
      spans.push([originalStart[at]!, originalEnd[end - 1]!]);
    }
  }
  return spans;
}

function mergeSpans(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/** A scrubber for one person's text, with their terms prepared once. */
export type Scrubber = (text: string) => string;

/**
 * Removes contact details and the person's own identifying values from free text, replacing
 * each with SCRUB_MARKER and keeping everything around it. Runs before anything is indexed or
 * shown in a redacted view.
 */
export function createScrubber(personal: PersonalTerms = NO_PERSONAL_TERMS): Scrubber {
  const terms = expandTerms(personal);
  return (text) => {
    if (text.length === 0) return text;
    // Cheap tests first: most professional text has no @, no URL and few digits, and each
    // detector it skips is a full regex pass saved (a reindex scrubs every resume).
    const hasAt = /[@＠]/.test(text);
    const hasDot = /[.．]/.test(text);
    const spans = mergeSpans([
      ...(hasAt ? regexSpans(text, EMAIL) : []),
      ...(SPELLED_AT.test(text) ? regexSpans(text, OBFUSCATED_EMAIL) : []),
      ...(text.includes("://") ? regexSpans(text, URL_WITH_SCHEME) : []),
      ...(hasDot ? regexSpans(text, URL_WWW) : []),
      ...(hasDot ? regexSpans(text, BARE_DOMAIN) : []),
      ...(MANY_DIGITS.test(text) ? phoneSpans(text) : []),
      ...regexSpans(text, MESSENGER_ID, 1),
      ...regexSpans(text, AMBIGUOUS_MESSENGER_ID, 1),
      ...(hasAt ? regexSpans(text, AT_HANDLE) : []),
      ...termSpans(text, terms),
    ]);
    let out = "";
    let cursor = 0;
    for (const [start, end] of spans) {
      out += text.slice(cursor, start) + SCRUB_MARKER;
      cursor = end;
    }
    return out + text.slice(cursor);
  };
}

/** One-off form of createScrubber. */
export function scrubFreeText(text: string, personal: PersonalTerms = NO_PERSONAL_TERMS): string {
  return createScrubber(personal)(text);
}
