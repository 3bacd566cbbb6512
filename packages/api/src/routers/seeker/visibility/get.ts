import { loadVisibilitySettings } from "../../../services/visibility/visibility-settings";
import { seekerProcedure } from "../../../trpc";
import { noInput } from "../../shared/schemas";
import { visibilitySettingsSchema } from "./schemas";

/** F3: the signed-in seeker's visibility settings. */
export const get = seekerProcedure
  .input(noInput)
  .output(visibilitySettingsSchema)
  .query(async ({ ctx }) => {
    const settings = await loadVisibilitySettings(ctx.db, ctx.user.id);
    return {
      ...settings,
      consent: settings.consent
        ? {
            policyVersion: settings.consent.policyVersion,
            grantedAt: settings.consent.grantedAt.toISOString(),
          }
        : null,
    };
  });
