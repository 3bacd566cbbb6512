import { cancelPlan } from "../../../services/billing/change-plan";
import { billingConfig } from "../../../services/billing/provider-from-env";
import { companyOwnerProcedure } from "../../../trpc";
import { noInput } from "../../shared/schemas";
import { planChangeOut, planChangeSchema } from "./schemas";

/** F11: owners cancel; a paid-up plan keeps its access until the period ends. */
export const cancel = companyOwnerProcedure
  .input(noInput)
  .output(planChangeSchema)
  .mutation(async ({ ctx }) =>
    planChangeOut(
      await cancelPlan(
        ctx.db,
        { companyId: ctx.member.companyId, memberId: ctx.member.id, userId: ctx.user.id },
        { provider: billingConfig().provider, returnUrl: `${ctx.appOrigin}/billing` },
      ),
    ),
  );
