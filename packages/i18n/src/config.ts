import type { InitOptions } from "i18next";

export const supportedLngs = ["en", "vi", "ja"] as const;
export type Locale = (typeof supportedLngs)[number];
export const fallbackLng: Locale = "en";

/** The apps; each has a namespace of its own (home page, navigation, document title). */
export const appNamespaces = ["seeker", "employer", "admin"] as const;
export type AppNamespace = (typeof appNamespaces)[number];

/**
 * `common` holds the strings every app shares, then one namespace per app and one per feature
 * area, so each area's strings live in files of their own.
 */
export const namespaces = [
  "common",
  ...appNamespaces,
  "resume",
  "visibility",
  "jobs",
  "invitations",
  "privacy",
  "savedSearches",
  "billing",
  "cookies",
  "email",
] as const;
export type Namespace = (typeof namespaces)[number];

/** Each language is offered under its own name, so a reader finds it without knowing the UI's. */
export const languageNames: Record<Locale, string> = {
  en: "English",
  vi: "Tiếng Việt",
  ja: "日本語",
};

export const isLocale = (value: unknown): value is Locale =>
  typeof value === "string" && (supportedLngs as readonly string[]).includes(value);

/** Options shared by the server and the browser instance, so both render identical markup. */
export const baseInitOptions = {
  supportedLngs: [...supportedLngs],
  fallbackLng,
  defaultNS: "common",
  fallbackNS: "common",
  // React escapes output already; double escaping would show "&amp;" to readers.
  interpolation: { escapeValue: false },
  react: { useSuspense: false },
  // i18next otherwise prints an advertisement on every init, i.e. on every request's log.
  showSupportNotice: false,
} satisfies InitOptions;

/** What a root loader provides for the document head, translated on the server. */
export interface DocumentMeta {
  title: string;
  description: string;
  notFoundTitle: string;
}
