import { cardSettings } from "@tsunagu/schemas/visibility";
import { saveCardSettings } from "../../../services/visibility/networking-card";
import { seekerProcedure } from "../../../trpc";
import { cardSettingsSchema } from "./schemas";

/** F3: the networking card on/off and the search-engine opt-in, effective at once. */
export const saveCard = seekerProcedure
  .input(cardSettings)
  .output(cardSettingsSchema)
  .mutation(({ ctx, input }) => saveCardSettings(ctx.db, ctx.user.id, input));
