import i18next, { type i18n } from "i18next";
import { initReactI18next } from "react-i18next";
import { getInitialNamespaces } from "remix-i18next/client";
import { baseInitOptions } from "./config";
import { resources } from "./resources";

/**
 * The browser's i18next instance. It takes the language the server rendered (`<html lang>`),
 * so hydration sees exactly the markup the server sent.
 */
export async function initClientI18n(): Promise<i18n> {
  await i18next.use(initReactI18next).init({
    ...baseInitOptions,
    resources,
    lng: document.documentElement.lang,
    ns: getInitialNamespaces(),
  });
  return i18next;
}
