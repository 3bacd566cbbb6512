import type { LoaderFunctionArgs } from "@remix-run/node";
import { jsonResumeResponse } from "~/lib/privacy.server";

/** F7: the signed-in seeker's resume as a JSON Resume file. */
export const loader = ({ request }: LoaderFunctionArgs) => jsonResumeResponse(request);
