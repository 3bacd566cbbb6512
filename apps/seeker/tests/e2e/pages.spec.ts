import { pageTests } from "../../../../tests/e2e/page-checks";

pageTests("seeker");
