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
import { card } from "./card";
import { get } from "./get";
import { preview } from "./preview";
import { publicCard } from "./public-card";
import { regenerateCardLink } from "./regenerate-card-link";
import { save } from "./save";
import { saveCard } from "./save-card";

/** F3, F4: who can find the resume, and the public networking card. */
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
  card,
  saveCard,
  regenerateCardLink,
  publicCard,
});
