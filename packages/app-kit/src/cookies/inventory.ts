import type { AppName } from "../app-env";

/**
 * F9: every cookie the product sets, in one list. The cookie policy page (/cookies) shows the
 * rows of its app; `optionalCookie` refuses any optional cookie that is not listed here.
 *
 * Necessary cookies work without a choice (sign-in, its security, the choice itself). The one
 * optional cookie today is the remembered language (preferences): a language picked with the
 * switcher is kept for the visit either way, and for a year only with consent. The product sets
 * no analytics or advertising cookie; the "analytics" category stays empty until one exists.
 */
export type CookieCategory = "necessary" | "preferences" | "analytics";

/** How long a cookie lives: until the browser is closed, or a fixed time. */
export type CookieLifetime =
  { unit: "session" } | { unit: "minutes" | "hours" | "days"; count: number };

export interface CookieEntry {
  /** Row key; its purpose reads `cookies:purpose.<id>`. */
  id: string;
  /** The name in the browser; on https the session-family names carry the `__Host-` prefix. */
  name: string;
  apps: readonly AppName[];
  category: CookieCategory;
  lifetime: CookieLifetime;
  /** On https the name carries `__Host-` (pinned to the exact host). */
  hostPrefix?: boolean;
}

const ALL: readonly AppName[] = ["seeker", "employer", "admin"];
const minutes = (count: number): CookieLifetime => ({ unit: "minutes", count });
const days = (count: number): CookieLifetime => ({ unit: "days", count });

/** The consent cookie's own name; it is necessary (it records the refusal too). */
export const COOKIE_CHOICE_NAME = "tsunagu_cookie_choice";
export const COOKIE_CHOICE_MAX_AGE_SECONDS = 365 * 24 * 60 * 60;
/** The remembered language, one year: the same lifetime as the `lng` cookie of @tsunagu/i18n. */
export const LANGUAGE_COOKIE_NAME = "lng";

export const COOKIE_INVENTORY = [
  {
    id: "sessionSeeker",
    name: "tsunagu_seeker",
    hostPrefix: true,
    apps: ["seeker"],
    category: "necessary",
    lifetime: days(30),
  },
  {
    id: "sessionEmployer",
    name: "tsunagu_employer",
    hostPrefix: true,
    apps: ["employer"],
    category: "necessary",
    lifetime: days(30),
  },
  {
    id: "sessionAdmin",
    name: "tsunagu_admin",
    hostPrefix: true,
    apps: ["admin"],
    category: "necessary",
    lifetime: { unit: "hours", count: 12 },
  },
  {
    id: "knownDevice",
    name: "tsunagu_<app>_device",
    hostPrefix: true,
    apps: ALL,
    category: "necessary",
    lifetime: days(365),
  },
  {
    id: "challenge",
    name: "tsunagu_<app>_challenge",
    hostPrefix: true,
    apps: ALL,
    category: "necessary",
    lifetime: minutes(10),
  },
  {
    id: "oauthFlow",
    name: "tsunagu_oauth",
    hostPrefix: true,
    apps: ["seeker", "employer"],
    category: "necessary",
    lifetime: minutes(10),
  },
  {
    id: "oauthPending",
    name: "tsunagu_oauth_pending",
    hostPrefix: true,
    apps: ["seeker", "employer"],
    category: "necessary",
    lifetime: minutes(15),
  },
  {
    id: "candidatePurpose",
    name: "candidate_purpose",
    apps: ["employer"],
    category: "necessary",
    lifetime: minutes(30),
  },
  {
    id: "cookieChoice",
    name: COOKIE_CHOICE_NAME,
    apps: ALL,
    category: "necessary",
    lifetime: days(365),
  },
  {
    id: "languageVisit",
    name: LANGUAGE_COOKIE_NAME,
    apps: ALL,
    category: "necessary",
    lifetime: { unit: "session" },
  },
  {
    id: "languageRemembered",
    name: LANGUAGE_COOKIE_NAME,
    apps: ALL,
    category: "preferences",
    lifetime: days(365),
  },
] as const satisfies readonly CookieEntry[];

type Inventory = (typeof COOKIE_INVENTORY)[number];

/** Ids of the optional rows: only these may go through `optionalCookie`. */
export type OptionalCookieId = Exclude<Inventory, { category: "necessary" }>["id"];

export const OPTIONAL_CATEGORIES = ["preferences", "analytics"] as const satisfies readonly Exclude<
  CookieCategory,
  "necessary"
>[];

/** The rows of one app, in the order of the list, with the names as this app's browser sees them. */
export function cookiesOf(app: AppName, options: { secure: boolean }): CookieEntry[] {
  return COOKIE_INVENTORY.filter((entry) => (entry.apps as readonly AppName[]).includes(app)).map(
    (entry: CookieEntry) => ({
      ...entry,
      name: `${entry.hostPrefix && options.secure ? "__Host-" : ""}${entry.name.replace("<app>", app)}`,
    }),
  );
}

export function entryOf(id: OptionalCookieId): CookieEntry {
  const entry = COOKIE_INVENTORY.find((candidate) => candidate.id === id);
  if (!entry) throw new Error(`Cookie ${id} is not in the inventory`);
  return entry;
}
