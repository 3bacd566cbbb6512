import {
  companyBlockInput,
  confirmPendingBlockInput,
  domainBlockInput,
  pendingBlockInput,
  pendingBlockRef,
} from "@tsunagu/schemas/visibility";
import { runIntent, saveForm } from "./seeker-api.server";

/**
 * The block-list page's posts: one small form per action, told apart by `intent`; each is
 * validated with its shared schema and saved through its procedure (F3).
 */
export async function runBlocksAction(request: Request) {
  const { intent, outcome } = await runIntent(request, {
    block: () => saveForm(request, companyBlockInput, (api, v) => api.visibility.blockCompany(v)),
    unblock: () =>
      saveForm(request, companyBlockInput, (api, v) => api.visibility.unblockCompany(v)),
    "block-domain": () =>
      saveForm(request, domainBlockInput, (api, v) => api.visibility.blockDomain(v)),
    "unblock-domain": () =>
      saveForm(request, domainBlockInput, (api, v) => api.visibility.unblockDomain(v)),
    "keep-name": () =>
      saveForm(request, pendingBlockInput, (api, v) => api.visibility.addPendingBlock(v)),
    "remove-pending": () =>
      saveForm(request, pendingBlockRef, (api, v) => api.visibility.removePendingBlock(v)),
    "confirm-pending": () =>
      saveForm(request, confirmPendingBlockInput, (api, v) =>
        api.visibility.confirmPendingBlock(v),
      ),
  });
  return { intent, result: outcome.result, done: Boolean(outcome.done) };
}
