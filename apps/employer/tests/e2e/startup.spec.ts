import { builtServerStartupTests } from "../../../../tests/e2e/startup-checks";

builtServerStartupTests("employer");
