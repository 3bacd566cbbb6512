import { loadOwnResume } from "../../../services/resume/own-resume";
import { seekerProcedure } from "../../../trpc";
import { noInput } from "../../shared/schemas";
import { ownResumeSchema } from "./schemas";

/** F2: the signed-in seeker's own resume, for the builder. */
export const get = seekerProcedure
  .input(noInput)
  .output(ownResumeSchema)
  .query(async ({ ctx }) => {
    const resume = await loadOwnResume(ctx.db, ctx.user.id);
    return {
      ...resume,
      referees: resume.referees.map((referee) => ({
        ...referee,
        consentAttestedAt: referee.consentAttestedAt.toISOString(),
      })),
      updatedAt: resume.updatedAt.toISOString(),
    };
  });
