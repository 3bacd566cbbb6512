import { choosePlan as choosePlanService } from "../../../services/billing/change-plan";
import { billingConfig } from "../../../services/billing/provider-from-env";
import { companyOwnerProcedure } from "../../../trpc";
import { planChangeOut, planChangeSchema, planCodeInput } from "./schemas";

/** F11: owners choose a plan; upgrade, downgrade and cancel follow the stated rules. */
export const choosePlan = companyOwnerProcedure
  .input(planCodeInput)
  .output(planChangeSchema)
  .mutation(async ({ ctx, input }) =>
    planChangeOut(
      await choosePlanService(
        ctx.db,
        { companyId: ctx.member.companyId, memberId: ctx.member.id, userId: ctx.user.id },
        input.planCode,
        { provider: billingConfig().provider, returnUrl: `${ctx.appOrigin}/billing` },
      ),
    ),
  );
