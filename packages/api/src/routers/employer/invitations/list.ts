import { z } from "zod";
import { listCompanyInvitations } from "../../../services/invitations/company-invitations";
import { employerProcedure } from "../../../trpc";
import { noInput } from "../../shared/schemas";
import { companyInvitationSchema, toWire } from "./invitation-schema";

/** F13: the company's sent invitations with their status; contact details only in `get`. */
export const list = employerProcedure
  .input(noInput)
  .output(z.array(companyInvitationSchema))
  .query(async ({ ctx }) =>
    (await listCompanyInvitations(ctx.db, ctx.member.companyId)).map(toWire),
  );
