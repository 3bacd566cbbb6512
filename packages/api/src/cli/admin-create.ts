/**
 * `pnpm admin:create --email <address> [--password-stdin]`: the only way to create a platform
 * admin (issue 3). See create-admin-command.ts for the behaviour.
 */
import { db, disconnectDb, readDbEnv } from "@tsunagu/db";
import { commandDatabase } from "./command-database";
import { createAdminCommand } from "./create-admin-command";

const database = await commandDatabase(process.env);
if ("problem" in database) {
  console.error(database.problem);
  process.exit(2);
}
if (database.notice) console.info(database.notice);
process.env.DATABASE_URL = database.url;

let code: number;
try {
  code = await createAdminCommand(process.argv.slice(2), process, () => {
    readDbEnv();
    return db;
  });
} catch (error) {
  // Environment problems name the variable, never its value; anything else stays generic.
  const message =
    error instanceof Error && error.message.startsWith("Invalid environment")
      ? error.message
      : "The account could not be created. Is PostgreSQL running, and does DATABASE_URL point at it?";
  console.error(message);
  code = 1;
} finally {
  await disconnectDb();
}
process.exit(code);
