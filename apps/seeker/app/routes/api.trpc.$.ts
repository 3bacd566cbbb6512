import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { serveTrpc } from "~/lib/trpc.server";

/** `/api/trpc/*`: queries arrive as GET (loader), mutations as POST (action). */
export function loader({ request }: LoaderFunctionArgs) {
  return serveTrpc(request);
}

export function action({ request }: ActionFunctionArgs) {
  return serveTrpc(request);
}
