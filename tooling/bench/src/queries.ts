import type { FindCandidatesInput } from "@tsunagu/api";

/** Searches recruiters run, in the three languages, with and without filters. */
export const BENCH_QUERIES: FindCandidatesInput[] = [
  { query: "welding" },
  { query: "kỹ sư" },
  { query: "ky su co khi" },
  { query: "介護" },
  { query: "品質管理" },
  { query: "forklift" },
  { query: "java developer" },
  { query: "customer service" },
  { query: "tho han" },
  { query: "nhà hàng" },
  { query: "" , filters: { languages: ["ja"], jlptAtLeast: 2 } },
  { query: "engineer", filters: { workAuthorization: ["WORK_VISA", "UNRESTRICTED"] } },
  { query: "", filters: { minYearsOfExperience: 5 }, sort: "experience" },
  { query: "caregiver", filters: { jlptAtLeast: 3 } },
  { query: "", filters: { careerLevel: ["SENIOR", "LEAD"] }, sort: "recent" },
  { query: "construction", filters: { desiredLocations: ["JP-13", "JP-27"] } },
  { query: "factory", filters: { availability: ["IMMEDIATELY"] } },
  { query: "interpreter", filters: { languages: ["vi", "ja"] } },
  { query: "food", page: 1 },
  { query: "", filters: { educationLevel: ["BACHELOR", "MASTER"] } },
];
