import { regenerateCardSlug } from "../../../services/visibility/networking-card";
import { seekerProcedure } from "../../../trpc";
import { noInput } from "../../shared/schemas";
import { cardSettingsSchema } from "./schemas";

/** F3: a new unguessable link for the card; the old one stops working at once. */
export const regenerateCardLink = seekerProcedure
  .input(noInput)
  .output(cardSettingsSchema)
  .mutation(({ ctx }) => regenerateCardSlug(ctx.db, ctx.user.id));
