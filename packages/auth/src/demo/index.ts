/**
 * `@tsunagu/auth/demo`: the local demo password, so a newcomer can sign in to the seeded world
 * (`pnpm dev` calls it and prints the accounts). Not exported from the package root: nothing in
 * an app imports it.
 */
export { DEMO_PASSWORD, setDemoPasswords, type DemoCredentials } from "./demo-passwords";
