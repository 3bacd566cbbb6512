import { defineTsunaguProject } from "./src/index.js";

export default defineTsunaguProject({ name: "vitest-config" });
