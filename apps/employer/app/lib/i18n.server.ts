export { handleLocalizedDocumentRequest, loadRootData, streamTimeout } from "@tsunagu/i18n/server";
