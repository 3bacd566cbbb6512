import type { TestProjectInlineConfiguration, UserWorkspaceConfig } from "vitest/config";

export type { TestServices } from "./provided";

type ProjectTestOptions = NonNullable<TestProjectInlineConfiguration["test"]>;

export interface TsunaguProjectOptions {
  /** Shown in test output and used with `vitest --project <name>`. */
  name: string;
  /** Extra vitest options for this package (environment, extra setup files, timeouts). */
  test?: Omit<ProjectTestOptions, "name">;
  plugins?: TestProjectInlineConfiguration["plugins"];
}

export function defineTsunaguProject(options: TsunaguProjectOptions): UserWorkspaceConfig;
