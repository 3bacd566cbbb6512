export {
  detectLocale,
  handleLocalizedDocumentRequest,
  loadRootData,
  streamTimeout,
} from "@tsunagu/i18n/server";
