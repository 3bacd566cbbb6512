export { handleLocalizedDocumentRequest, i18nServer, resolveLocale, streamTimeout } from "@tsunagu/i18n/server";
