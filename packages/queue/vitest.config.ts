import { defineTsunaguProject } from "@tsunagu/vitest-config";

export default defineTsunaguProject({ name: "queue" });
