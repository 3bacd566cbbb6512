import { router } from "../../../trpc";
import {
  addPendingBlock,
  blockCompany,
  blockDomain,
  blocks,
  confirmPendingBlock,
  removePendingBlock,
  searchCompanies,
  unblockCompany,
  unblockDomain,
} from "./blocks";
import { get } from "./get";
import { preview } from "./preview";
import { save } from "./save";

/** F3, F4: who can find the resume. */
export const visibilityRouter = router({
  get,
  save,
  preview,
  searchCompanies,
  blocks,
  blockCompany,
  unblockCompany,
  blockDomain,
  unblockDomain,
  addPendingBlock,
  removePendingBlock,
  confirmPendingBlock,
});
