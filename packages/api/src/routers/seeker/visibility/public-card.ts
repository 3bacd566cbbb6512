import { cardSlugRef } from "@tsunagu/schemas/visibility";
import { AppError } from "../../../errors";
import { loadPublicCard } from "../../../services/visibility/networking-card";
import { publicProcedure } from "../../../trpc";
import { publicCardSchema } from "./schemas";

/**
 * F3: a public networking card by its slug, no sign-in. An unknown slug and a card that is off
 * get the same NOT_FOUND, so slugs cannot be probed.
 */
export const publicCard = publicProcedure
  .input(cardSlugRef)
  .output(publicCardSchema)
  .query(async ({ ctx, input }) => {
    const found = await loadPublicCard(ctx.db, input.slug);
    if (!found) throw new AppError("NOT_FOUND", "This card is not available.");
    return found;
  });
