import { z } from "zod";
import { cookieOptionsFor, createSession, sessionCookie } from "@tsunagu/auth";
import {
  acceptMemberInvitation,
  acceptMemberInvitationInput,
} from "../../../services/members/accept-member-invitation";
import { publicProcedure } from "../../../trpc";

/**
 * F10: the page behind the invitation link. Public (the invitee may have no account yet); a new
 * account is signed in on the spot.
 */
export const acceptInvitation = publicProcedure
  .input(acceptMemberInvitationInput)
  .output(z.object({ status: z.enum(["joined", "needs-account-details"]) }))
  .mutation(async ({ ctx, input }) => {
    const result = await acceptMemberInvitation(ctx.db, input, {
      signedInUserId: ctx.user?.id ?? null,
    });
    if (result.status === "joined" && result.newAccount) {
      const { token, session } = await createSession(ctx.db, {
        userId: result.userId,
        audience: "EMPLOYER",
      });
      ctx.resHeaders.append(
        "Set-Cookie",
        sessionCookie("EMPLOYER", token, {
          ...cookieOptionsFor(ctx.appOrigin),
          expiresAt: session.expiresAt,
        }),
      );
    }
    return { status: result.status };
  });
