import { defineProject } from "vitest/config";

export default defineProject({ test: { name: "seeker", include: ["app/**/*.test.ts"] } });
