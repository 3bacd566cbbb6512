import { defineTsunaguProject } from "@tsunagu/vitest-config";

export default defineTsunaguProject({
  name: "ui",
  test: { environment: "jsdom", setupFiles: ["./src/test-setup.ts"] },
});
