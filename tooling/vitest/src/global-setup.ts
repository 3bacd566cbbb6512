/**
 * Vitest global setup, run once per `vitest` process by the root config (projects loaded from
 * their own config files do not inherit it, so services are never started per project).
 * Starts PostgreSQL and Meilisearch (or uses DATABASE_URL / MEILI_URL when set), builds the
 * migrated template database and hands the URLs to the workers.
 */
import { applyMigrations, startLocalServices } from "@tsunagu/local-services";
import type { TestProject } from "vitest/node";
import "./provided";
import {
  dropDatabase,
  markAsTemplate,
  recreateEmptyDatabase,
  withDatabase,
} from "./test-databases";

const TEMPLATE_DATABASE = "tsunagu_template";

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const started = Date.now();
  const services = await startLocalServices({ ephemeral: true, mail: false });
  try {
    const appRole = decodeURIComponent(new URL(services.databaseUrl).username);
    const templateDatabaseUrl = withDatabase(services.databaseUrl, TEMPLATE_DATABASE);
    await recreateEmptyDatabase(services.adminDatabaseUrl, TEMPLATE_DATABASE, appRole);
    await applyMigrations(templateDatabaseUrl);
    await markAsTemplate(services.adminDatabaseUrl, TEMPLATE_DATABASE);

    project.provide("tsunaguServices", {
      adminDatabaseUrl: services.adminDatabaseUrl,
      appDatabaseUrl: services.databaseUrl,
      templateDatabaseName: TEMPLATE_DATABASE,
      appRole,
      meiliUrl: services.meiliUrl,
      meiliMasterKey: services.meiliMasterKey,
      searchTokenSecret: services.searchTokenSecret,
    });
    if (process.env.TSUNAGU_TEST_TIMINGS) {
      console.info(`Test services ready in ${Date.now() - started} ms`);
    }
  } catch (error) {
    await services.stop();
    throw error;
  }

  return async () => {
    // Only an external server keeps state between runs; an embedded one is deleted with its dir.
    if (!services.postgres) {
      await dropDatabase(services.adminDatabaseUrl, TEMPLATE_DATABASE).catch(() => undefined);
    }
    await services.stop();
  };
}
