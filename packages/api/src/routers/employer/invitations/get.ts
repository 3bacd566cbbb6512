import { z } from "zod";
import { invitationRef } from "@tsunagu/schemas/invitations";
import { getCompanyInvitation } from "../../../services/invitations/company-invitations";
import { employerProcedure } from "../../../trpc";
import { companyInvitationSchema, toWire } from "./invitation-schema";

/**
 * F13/R5: one sent invitation; the contact details the seeker shares by accepting appear only
 * once it is ACCEPTED, and the member's receipt of them is in the disclosure ledger.
 */
export const get = employerProcedure
  .input(invitationRef)
  .output(
    companyInvitationSchema.extend({
      contact: z
        .object({
          firstName: z.string().nullable(),
          middleName: z.string().nullable(),
          lastName: z.string().nullable(),
          email: z.string(),
          phone: z.string().nullable(),
        })
        .nullable(),
    }),
  )
  .query(async ({ ctx, input }) => {
    const invitation = await getCompanyInvitation(
      ctx.db,
      { companyId: ctx.member.companyId, memberId: ctx.member.id },
      input.invitationId,
    );
    return { ...toWire(invitation), contact: invitation.contact };
  });
