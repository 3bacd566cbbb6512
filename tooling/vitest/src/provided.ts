// Loads vitest's types first, so the augmentation below resolves in every program that
// includes this file (a package whose only vitest import is its config file, too).
import type {} from "vitest";

/** What the global setup hands to every test worker through vitest's `provide`/`inject`. */
export interface TestServices {
  /** Superuser (or CREATEDB) URL of the `postgres` maintenance database. */
  adminDatabaseUrl: string;
  /** The app role's URL (on its own database): worker database URLs are derived from it. */
  appDatabaseUrl: string;
  /** The migrated template worker databases are copied from. It accepts no connections. */
  templateDatabaseName: string;
  /** The role that owns worker databases (the app's role). */
  appRole: string;
  meiliUrl: string;
  meiliMasterKey: string;
  /** SEARCH_TOKEN_SECRET, one per run, so every worker indexes and searches with the same key. */
  searchTokenSecret: string;
}

declare module "vitest" {
  export interface ProvidedContext {
    tsunaguServices: TestServices;
  }
}
