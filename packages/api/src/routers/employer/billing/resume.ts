import { resumePlan } from "../../../services/billing/change-plan";
import { billingConfig } from "../../../services/billing/provider-from-env";
import { companyOwnerProcedure } from "../../../trpc";
import { noInput } from "../../shared/schemas";
import { planChangeOut, planChangeSchema } from "./schemas";

/** F11: owners undo a scheduled cancellation or downgrade before the period ends. */
export const resume = companyOwnerProcedure
  .input(noInput)
  .output(planChangeSchema)
  .mutation(async ({ ctx }) =>
    planChangeOut(
      await resumePlan(
        ctx.db,
        { companyId: ctx.member.companyId, memberId: ctx.member.id, userId: ctx.user.id },
        { provider: billingConfig().provider, returnUrl: `${ctx.appOrigin}/billing` },
      ),
    ),
  );
