import { consentReceiptInput } from "@tsunagu/schemas/privacy";
import { consentReceipt } from "../../../services/privacy-center/consents";
import { seekerProcedure } from "../../../trpc";
import { consentReceiptSchema, eventOut } from "./schemas";

/** F7: the receipt of one of the seeker's own consent events. */
export const receipt = seekerProcedure
  .input(consentReceiptInput)
  .output(consentReceiptSchema)
  .query(async ({ ctx, input }) =>
    eventOut(await consentReceipt(ctx.db, ctx.user.id, input.eventId)),
  );
