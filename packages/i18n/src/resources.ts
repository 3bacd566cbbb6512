import enAdmin from "../locales/en/admin.json";
import enCommon from "../locales/en/common.json";
import enEmployer from "../locales/en/employer.json";
import enSeeker from "../locales/en/seeker.json";
import jaAdmin from "../locales/ja/admin.json";
import jaCommon from "../locales/ja/common.json";
import jaEmployer from "../locales/ja/employer.json";
import jaSeeker from "../locales/ja/seeker.json";
import viAdmin from "../locales/vi/admin.json";
import viCommon from "../locales/vi/common.json";
import viEmployer from "../locales/vi/employer.json";
import viSeeker from "../locales/vi/seeker.json";
import enResume from "../locales/en/resume.json";
import enVisibility from "../locales/en/visibility.json";
import enJobs from "../locales/en/jobs.json";
import enInvitations from "../locales/en/invitations.json";
import enPrivacy from "../locales/en/privacy.json";
import enBilling from "../locales/en/billing.json";
import viResume from "../locales/vi/resume.json";
import viVisibility from "../locales/vi/visibility.json";
import viJobs from "../locales/vi/jobs.json";
import viInvitations from "../locales/vi/invitations.json";
import viPrivacy from "../locales/vi/privacy.json";
import viBilling from "../locales/vi/billing.json";
import jaResume from "../locales/ja/resume.json";
import jaVisibility from "../locales/ja/visibility.json";
import jaJobs from "../locales/ja/jobs.json";
import jaInvitations from "../locales/ja/invitations.json";
import jaPrivacy from "../locales/ja/privacy.json";
import enSavedSearches from "../locales/en/savedSearches.json";
import viSavedSearches from "../locales/vi/savedSearches.json";
import jaSavedSearches from "../locales/ja/savedSearches.json";
import jaBilling from "../locales/ja/billing.json";
import enCookies from "../locales/en/cookies.json";
import viCookies from "../locales/vi/cookies.json";
import jaCookies from "../locales/ja/cookies.json";
import enEmail from "../locales/en/email.json";
import viEmail from "../locales/vi/email.json";
import jaEmail from "../locales/ja/email.json";
import type { Locale, Namespace } from "./config";

/**
 * Every translation, bundled. The whole set is a few kilobytes, so shipping it beats a
 * request per language switch; revisit with a backend once it grows.
 */
export const resources = {
  en: {
    common: enCommon,
    seeker: enSeeker,
    employer: enEmployer,
    admin: enAdmin,
    resume: enResume,
    visibility: enVisibility,
    jobs: enJobs,
    invitations: enInvitations,
    privacy: enPrivacy,
    savedSearches: enSavedSearches,
    billing: enBilling,
    cookies: enCookies,
    email: enEmail,
  },
  vi: {
    common: viCommon,
    seeker: viSeeker,
    employer: viEmployer,
    admin: viAdmin,
    resume: viResume,
    visibility: viVisibility,
    jobs: viJobs,
    invitations: viInvitations,
    privacy: viPrivacy,
    savedSearches: viSavedSearches,
    billing: viBilling,
    cookies: viCookies,
    email: viEmail,
  },
  ja: {
    common: jaCommon,
    seeker: jaSeeker,
    employer: jaEmployer,
    admin: jaAdmin,
    resume: jaResume,
    visibility: jaVisibility,
    jobs: jaJobs,
    invitations: jaInvitations,
    privacy: jaPrivacy,
    savedSearches: jaSavedSearches,
    billing: jaBilling,
    cookies: jaCookies,
    email: jaEmail,
  },
} satisfies Record<Locale, Record<Namespace, object>>;

/** English is the source language: its keys define what every other language must provide. */
export type Resources = (typeof resources)["en"];

// Typed keys: `t("home.hero.titel")` is a compile error in every app, not a blank at runtime.
declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "common";
    resources: Resources;
  }
}
