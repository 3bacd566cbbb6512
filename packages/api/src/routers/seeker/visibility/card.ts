import { loadCardSettings } from "../../../services/visibility/networking-card";
import { seekerProcedure } from "../../../trpc";
import { noInput } from "../../shared/schemas";
import { cardSettingsSchema } from "./schemas";

/** F3: the signed-in seeker's networking card settings. */
export const card = seekerProcedure
  .input(noInput)
  .output(cardSettingsSchema)
  .query(({ ctx }) => loadCardSettings(ctx.db, ctx.user.id));
