import { securityTests } from "../../../../tests/e2e/security-checks";

securityTests("admin");
