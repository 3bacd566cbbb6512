import {
  companyBlockInput,
  confirmPendingBlockInput,
  domainBlockInput,
  pendingBlockInput,
  pendingBlockRef,
} from "@tsunagu/schemas/visibility";
import { readForm } from "@tsunagu/app-kit";
import { saveForm } from "./seeker-api.server";

const INTENTS = [
  "block",
  "unblock",
  "block-domain",
  "unblock-domain",
  "keep-name",
  "remove-pending",
  "confirm-pending",
] as const;
export type BlocksIntent = (typeof INTENTS)[number];

/**
 * The block-list page's posts: one small form per action, told apart by `intent`; each is
 * validated with its shared schema and saved through its procedure (F3).
 */
export async function runBlocksAction(request: Request) {
  const form = await readForm(request.clone());
  const raw = form.get("intent");
  const intent = INTENTS.find((i) => i === raw);
  if (!intent) throw new Response("Unknown intent", { status: 400 });
  const outcome = await (() => {
    switch (intent) {
      case "block":
        return saveForm(request, companyBlockInput, (api, v) => api.visibility.blockCompany(v));
      case "unblock":
        return saveForm(request, companyBlockInput, (api, v) => api.visibility.unblockCompany(v));
      case "block-domain":
        return saveForm(request, domainBlockInput, (api, v) => api.visibility.blockDomain(v));
      case "unblock-domain":
        return saveForm(request, domainBlockInput, (api, v) => api.visibility.unblockDomain(v));
      case "keep-name":
        return saveForm(request, pendingBlockInput, (api, v) => api.visibility.addPendingBlock(v));
      case "remove-pending":
        return saveForm(request, pendingBlockRef, (api, v) => api.visibility.removePendingBlock(v));
      case "confirm-pending":
        return saveForm(request, confirmPendingBlockInput, (api, v) =>
          api.visibility.confirmPendingBlock(v),
        );
    }
  })();
  return { intent, result: outcome.result, done: Boolean(outcome.done) };
}
