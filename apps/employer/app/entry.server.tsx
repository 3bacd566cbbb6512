// Validates the environment at startup: a server with missing configuration never serves.
import "./env.server";

export { handleLocalizedDocumentRequest as default, streamTimeout } from "~/lib/i18n.server";
