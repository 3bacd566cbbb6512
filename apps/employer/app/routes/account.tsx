import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { AccountSettings } from "@tsunagu/ui/remix";
import { loadAccountPage, runAccountAction } from "~/lib/account-page.server";
import { requireEmployer } from "~/lib/auth.server";

export async function loader({ request }: LoaderFunctionArgs) {
  return loadAccountPage(request, await requireEmployer(request));
}

export async function action({ request }: ActionFunctionArgs) {
  return runAccountAction(request, await requireEmployer(request));
}

export default function AccountPage() {
  return <AccountSettings canChangeEmail={true} />;
}
