import { defineTsunaguProject } from "@tsunagu/vitest-config";

export default defineTsunaguProject({
  name: "api",
  test: {
    // A fixed, test-only key, as in packages/auth: sessions hash client IPs with it.
    env: { AUTH_SECRET: "test-only-auth-secret-0123456789abcdef" },
  },
});
