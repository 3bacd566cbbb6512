import { CURRENT_POLICY } from "@tsunagu/schemas/policy";

/**
 * Version of the privacy policy in force (packages/schemas/src/policy): every consent given now
 * is recorded against it (R7).
 */
export const CURRENT_POLICY_VERSION = CURRENT_POLICY.version;
