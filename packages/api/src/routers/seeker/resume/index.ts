import { router } from "../../../trpc";
import { get } from "./get";
import { saveExperience } from "./save-experience";
import { saveLanguages } from "./save-languages";
import { saveSkills } from "./save-skills";
import { savePersonal } from "./save-personal";
import { saveSummary } from "./save-summary";

/** F2: the resume builder, one procedure per section. */
export const resumeRouter = router({ get, savePersonal, saveSummary, saveExperience, saveLanguages, saveSkills });
