import { router } from "../../../trpc";
import { get } from "./get";
import { saveEducation } from "./save-education";
import { saveExperience } from "./save-experience";
import { saveLanguages } from "./save-languages";
import { savePersonal } from "./save-personal";
import { savePreferences } from "./save-preferences";
import { saveReferees } from "./save-referees";
import { saveSkills } from "./save-skills";
import { saveSummary } from "./save-summary";

/** F2: the resume builder, one procedure per section. */
export const resumeRouter = router({
  get,
  savePersonal,
  saveSummary,
  saveExperience,
  saveEducation,
  saveLanguages,
  saveSkills,
  savePreferences,
  saveReferees,
});
