import type { LoaderFunctionArgs } from "@remix-run/node";
import { photoResponse } from "~/lib/photo.server";

/** The signed-in seeker's own photo; companies reach a photo only through their own routes (R5). */
export const loader = ({ request }: LoaderFunctionArgs) => photoResponse(request);
