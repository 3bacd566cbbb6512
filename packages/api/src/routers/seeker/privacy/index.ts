import { router } from "../../../trpc";
import { disclosures } from "./disclosures";
import { overview } from "./overview";
import { answerPolicyReview, policyReview } from "./policy-review";
import { receipt } from "./receipt";
import { createRequest, requests } from "./requests";
import { setConsent } from "./set-consent";
import { setMarketingObjection } from "./set-marketing-objection";
import { setRestriction } from "./set-restriction";

/** F7: the seeker's privacy center. */
export const privacyRouter = router({
  overview,
  setConsent,
  setRestriction,
  setMarketingObjection,
  receipt,
  disclosures,
  requests,
  createRequest,
  policyReview,
  answerPolicyReview,
});
