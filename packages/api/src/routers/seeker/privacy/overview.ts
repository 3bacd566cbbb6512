import { loadPrivacyCenter } from "../../../services/privacy-center/consents";
import { seekerProcedure } from "../../../trpc";
import { noInput } from "../../shared/schemas";
import { eventOut, iso, privacyCenterSchema } from "./schemas";

/** F7: the privacy center: every consent purpose with its history, restriction and objection. */
export const overview = seekerProcedure
  .input(noInput)
  .output(privacyCenterSchema)
  .query(async ({ ctx }) => {
    const center = await loadPrivacyCenter(ctx.db, ctx.user.id);
    return {
      ...center,
      restrictedAt: iso(center.restrictedAt),
      marketingObjectedAt: iso(center.marketingObjectedAt),
      purposes: center.purposes.map((p) => ({
        ...p,
        latest: p.latest ? eventOut(p.latest) : null,
        history: p.history.map(eventOut),
      })),
    };
  });
