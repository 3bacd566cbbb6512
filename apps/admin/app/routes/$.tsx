import type { LoaderFunctionArgs } from "@remix-run/node";
import { notFound, NotFoundPage } from "@tsunagu/ui/remix";
import { kit } from "~/lib/kit.server";

/**
 * Any URL no other route claims. Visitors are sent to sign-in first, so the console does not
 * even say which paths exist.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  await kit.requireUser(request);
  return notFound();
}

export default NotFoundPage;
