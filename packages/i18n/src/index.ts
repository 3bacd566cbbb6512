export {
  appNamespaces,
  baseInitOptions,
  fallbackLng,
  isLocale,
  languageNames,
  namespaces,
  supportedLngs,
  type AppNamespace,
  type DocumentMeta,
  type Locale,
  type Namespace,
} from "./config";
export { resources, type Resources } from "./resources";
export { initClientI18n } from "./client";
export { LanguageSwitcher, type LanguageSwitcherProps } from "./language-switcher";
