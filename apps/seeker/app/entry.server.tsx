// Imported first so the environment is validated at startup: a misconfigured server never serves.
import "~/lib/kit.server";

export { handleDocumentRequest as default, streamTimeout } from "@tsunagu/app-kit/document";
