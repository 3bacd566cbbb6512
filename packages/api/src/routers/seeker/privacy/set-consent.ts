import { CONSENT_PURPOSES, setConsentInput } from "@tsunagu/schemas/privacy";
import { z } from "zod";
import { setConsent as record } from "../../../services/privacy-center/consents";
import { seekerProcedure } from "../../../trpc";

/** F7: grant or withdraw one purpose, effective with this commit. */
export const setConsent = seekerProcedure
  .input(setConsentInput)
  .output(
    z.object({ purpose: z.enum(CONSENT_PURPOSES), granted: z.boolean(), changed: z.boolean() }),
  )
  .mutation(({ ctx, input }) => record(ctx.db, ctx.user.id, input));
