import type { LoaderFunctionArgs } from "@remix-run/node";
import { auditCsvResponse } from "~/lib/audit.server";
import { kit } from "~/lib/kit.server";

/** F16: the audit log as CSV, with the filters of /audit. */
export async function loader({ request }: LoaderFunctionArgs) {
  return auditCsvResponse(request, await kit.requireUser(request));
}
