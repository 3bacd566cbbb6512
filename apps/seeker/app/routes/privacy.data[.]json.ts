import type { LoaderFunctionArgs } from "@remix-run/node";
import { personalDataResponse } from "~/lib/privacy.server";

/** F7: everything held about the signed-in seeker, as one JSON file. */
export const loader = ({ request }: LoaderFunctionArgs) => personalDataResponse(request);
