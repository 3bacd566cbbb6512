/** What the global setup hands to every test worker through vitest's `provide`/`inject`. */
export interface TestServices {
  /** Superuser (or CREATEDB) URL of the `postgres` maintenance database. */
  adminDatabaseUrl: string;
  /** URL of the migrated template database; worker databases are copied from it. */
  templateDatabaseUrl: string;
  templateDatabaseName: string;
  /** The role that owns worker databases (the app's role). */
  appRole: string;
  meiliUrl: string;
  meiliMasterKey: string;
}

declare module "vitest" {
  export interface ProvidedContext {
    tsunaguServices: TestServices;
  }
}
