import { createCookie, redirect, type EntryContext } from "@remix-run/node";
import { createInstance, type i18n } from "i18next";
import { initReactI18next } from "react-i18next";
import { RemixI18Next } from "remix-i18next/server";
import {
  baseInitOptions,
  fallbackLng,
  isLocale,
  supportedLngs,
  type AppNamespace,
  type DocumentMeta,
  type Locale,
} from "./config";
import { resources } from "./resources";

/**
 * The visitor's language choice. Not personal data and not secret; HttpOnly because only the
 * server reads it (the browser learns the language from `<html lang>`).
 */
export const localeCookie = createCookie("lng", {
  path: "/",
  sameSite: "lax",
  httpOnly: true,
  maxAge: 60 * 60 * 24 * 365,
});

/** Language detection: `?lng=` first, then the cookie, then Accept-Language, then English. */
export const i18nServer = new RemixI18Next({
  detection: {
    supportedLanguages: [...supportedLngs],
    fallbackLanguage: fallbackLng,
    cookie: localeCookie,
    order: ["searchParams", "cookie", "header"],
  },
  i18next: { ...baseInitOptions, resources },
});

export async function detectLocale(request: Request): Promise<Locale> {
  const detected = await i18nServer.getLocale(request);
  return isLocale(detected) ? detected : fallbackLng;
}

/**
 * Which `lng` cookie goes out for a `?lng=` choice: given the remembered one (a year) and the
 * one for this visit (until the browser closes). The apps pass their cookie-consent gate (F9):
 * remembering is an optional cookie. Without a gate the choice is remembered.
 */
export type LocaleCookieGate = (remembered: string, forThisVisit: string) => string | null;

/**
 * For the root loader: the request's locale. A `?lng=` choice (from the language switcher) is
 * stored in the cookie and the visitor is redirected to the same URL without it, so the
 * choice persists and links stay clean.
 */
export async function resolveLocale(
  request: Request,
  gate: LocaleCookieGate = (remembered) => remembered,
): Promise<Locale> {
  const locale = await detectLocale(request);
  const url = new URL(request.url);
  if (url.searchParams.has("lng")) {
    url.searchParams.delete("lng");
    // "//host/path" would be read by the browser as another site: stay on this one.
    const path = url.pathname.replace(/^\/{2,}/, "/");
    const cookie = gate(
      await localeCookie.serialize(locale),
      await localeCookie.serialize(locale, { maxAge: undefined }),
    );
    throw redirect(`${path}${url.search}`, cookie ? { headers: { "Set-Cookie": cookie } } : {});
  }
  return locale;
}

/**
 * Everything a root loader returns: the resolved locale (see `resolveLocale`) and the
 * translated document head for the app. Only these strings reach the browser.
 */
export async function loadRootData(
  request: Request,
  app: AppNamespace,
  gate?: LocaleCookieGate,
): Promise<{ locale: Locale; meta: DocumentMeta }> {
  const locale = await resolveLocale(request, gate);
  const [tApp, tCommon] = await Promise.all([
    i18nServer.getFixedT(locale, app),
    i18nServer.getFixedT(locale, "common"),
  ]);
  return {
    locale,
    meta: {
      title: tApp("meta.title"),
      description: tApp("meta.description"),
      notFoundTitle: tCommon("error.notFound.title"),
    },
  };
}

/** A fresh i18next instance per document request, preloaded with the matched routes' namespaces. */
export async function createRequestI18n(request: Request, context: EntryContext): Promise<i18n> {
  const instance = createInstance();
  await instance.use(initReactI18next).init({
    ...baseInitOptions,
    resources,
    lng: await detectLocale(request),
    ns: i18nServer.getRouteNamespaces(context),
  });
  return instance;
}
