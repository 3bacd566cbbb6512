/**
 * Version of the privacy policy text the visibility page shows beside the searchable-profile
 * consent (R7). The consent is recorded against it. One place until the policy-text store of
 * F19 exists; it matches the version the demo world consents to.
 */
export const CURRENT_POLICY_VERSION = "2026-11-01";
