import { defineTsunaguProject } from "@tsunagu/vitest-config";

export default defineTsunaguProject({
  name: "app-kit",
  test: {
    // A fixed, test-only key: the package refuses to hash IPs or seal OAuth state without one.
    env: { AUTH_SECRET: "test-only-auth-secret-0123456789abcdef" },
  },
});
