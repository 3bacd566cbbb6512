import { z } from "zod";
import { AppError } from "../../../errors";
import { choosePlan } from "../../../services/billing/change-plan";
import { billingConfig } from "../../../services/billing/provider-from-env";
import { companyOwnerProcedure } from "../../../trpc";
import { planCodeInput } from "./schemas";

/**
 * F11, Stripe: the Checkout page for a plan (same rules as choosePlan). Refused when the
 * platform bills by manual invoice.
 */
export const checkout = companyOwnerProcedure
  .input(planCodeInput)
  .output(z.object({ url: z.url().nullable() }))
  .mutation(async ({ ctx, input }) => {
    const { provider } = billingConfig();
    if (provider.kind !== "STRIPE") {
      throw new AppError(
        "BAD_REQUEST",
        "Online payment is not available; choose a plan to get an invoice.",
      );
    }
    const result = await choosePlan(
      ctx.db,
      { companyId: ctx.member.companyId, memberId: ctx.member.id, userId: ctx.user.id },
      input.planCode,
      { provider, returnUrl: `${ctx.appOrigin}/billing` },
    );
    return { url: "kind" in result && result.kind === "checkout" ? result.url : null };
  });
