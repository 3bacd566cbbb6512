import { CONSENT_PURPOSES, setConsentInput } from "@tsunagu/schemas/privacy";
import { z } from "zod";
import {
  answerPolicyReview as answer,
  consentsToReview,
} from "../../../services/privacy-center/policy-review";
import { CURRENT_POLICY_VERSION } from "../../../services/visibility/policy";
import { seekerProcedure } from "../../../trpc";
import { noInput } from "../../shared/schemas";
import { consentToReviewSchema } from "./schemas";

/** Policy versions (R7): the consents given under a version that a later one changed. */
export const policyReview = seekerProcedure
  .input(noInput)
  .output(
    z.object({
      currentVersion: z.string(),
      items: z.array(consentToReviewSchema),
    }),
  )
  .query(async ({ ctx }) => ({
    currentVersion: CURRENT_POLICY_VERSION,
    items: await consentsToReview(ctx.db, ctx.user.id),
  }));

/** Keep (recorded against the current version) or withdraw one consent under review. */
export const answerPolicyReview = seekerProcedure
  .input(setConsentInput.transform(({ purpose, granted }) => ({ purpose, keep: granted })))
  .output(
    z.object({
      purpose: z.enum(CONSENT_PURPOSES),
      granted: z.boolean(),
      policyVersion: z.string(),
      remaining: z.number().int().nonnegative(),
    }),
  )
  .mutation(({ ctx, input }) => answer(ctx.db, ctx.user.id, input));
