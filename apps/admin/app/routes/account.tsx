import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { AccountSettings } from "@tsunagu/ui/remix";
import { loadAccountPage, runAccountAction } from "~/lib/account-page.server";
import { requireAdmin } from "~/lib/auth.server";

export async function loader({ request }: LoaderFunctionArgs) {
  return loadAccountPage(request, await requireAdmin(request));
}

export async function action({ request }: ActionFunctionArgs) {
  return runAccountAction(request, await requireAdmin(request));
}

export default function AccountPage() {
  return <AccountSettings canChangeEmail={false} />;
}
