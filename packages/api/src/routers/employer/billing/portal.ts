import { z } from "zod";
import { AppError } from "../../../errors";
import { billingConfig } from "../../../services/billing/provider-from-env";
import { companyOwnerProcedure } from "../../../trpc";
import { noInput } from "../../shared/schemas";

/** F11, Stripe: a Customer Portal link for the company's cards and receipts. */
export const portal = companyOwnerProcedure
  .input(noInput)
  .output(z.object({ url: z.url() }))
  .mutation(async ({ ctx }) => {
    const subscription = await ctx.db.subscription.findUnique({
      where: { companyId: ctx.member.companyId },
      select: { provider: true, externalCustomerId: true },
    });
    const { provider } = billingConfig();
    const url =
      provider.kind === "STRIPE" && subscription?.provider === "STRIPE"
        ? await provider.portalUrl(subscription, `${ctx.appOrigin}/billing`)
        : null;
    if (!url) {
      throw new AppError("BAD_REQUEST", "There is no online payment account to manage.");
    }
    return { url };
  });
