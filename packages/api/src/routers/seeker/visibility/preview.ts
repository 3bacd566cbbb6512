import { z } from "zod";
import { loadEmployerPreview } from "../../../services/visibility/preview";
import { seekerProcedure } from "../../../trpc";
import { candidateSchema } from "../../employer/candidates/candidate-schema";
import { noInput } from "../../shared/schemas";

/** F4: the seeker's own resume as a searching company receives it (the same allowlist). */
export const preview = seekerProcedure
  .input(noInput)
  .output(z.object({ visibility: z.enum(["PRIVATE", "SEARCHABLE"]), candidate: candidateSchema }))
  .query(({ ctx }) => loadEmployerPreview(ctx.db, ctx.user.id));
