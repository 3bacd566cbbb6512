import { disclosuresInput } from "@tsunagu/schemas/privacy";
import { loadDisclosures } from "../../../services/privacy-center/disclosures";
import { seekerProcedure } from "../../../trpc";
import { disclosuresSchema, eventOut } from "./schemas";

/** F7: the disclosure ledger: which company saw or received what, when and why. */
export const disclosures = seekerProcedure
  .input(disclosuresInput)
  .output(disclosuresSchema)
  .query(async ({ ctx, input }) => {
    const ledger = await loadDisclosures(ctx.db, ctx.user.id, input);
    return { ...ledger, entries: ledger.entries.map(eventOut) };
  });
