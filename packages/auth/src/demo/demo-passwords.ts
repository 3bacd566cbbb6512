import type { Db, Prisma } from "@tsunagu/db";
import { DEMO_EMAIL_DOMAIN, DEMO_GUIDE_ACCOUNTS } from "@tsunagu/db/seed";

import { hashPassword } from "../passwords/password-hash";

/**
 * One documented password for every demo account of a local database. It is public (README,
 * the `pnpm dev` banner), which is why it is refused for anything that calls itself production.
 */
export const DEMO_PASSWORD = "sakura-demo-2026";

export interface DemoCredentials {
  password: string;
  accounts: typeof DEMO_GUIDE_ACCOUNTS;
  /** Demo accounts that had no password and now have the demo password. */
  passwordsSet: number;
  adminCreated: boolean;
}

function refuseInProduction(env: Record<string, string | undefined>): void {
  const production = (["NODE_ENV", "APP_ENV"] as const).find((name) => env[name] === "production");
  if (production) {
    throw new Error(
      `Refusing to set the demo password with ${production}=production: it is public, and for a local database only.`,
    );
  }
}

/**
 * Gives every demo seeker and employer member (addresses at DEMO_EMAIL_DOMAIN) that has no
 * password the demo password, and adds the demo platform admin. Accounts whose password was
 * changed keep it. Idempotent; hashes with the same argon2id helper as every other password.
 */
export async function setDemoPasswords(
  db: Db,
  options: { env?: Record<string, string | undefined>; now?: Date } = {},
): Promise<DemoCredentials> {
  refuseInProduction(options.env ?? process.env);
  const now = options.now ?? new Date();
  const withoutPassword = {
    email: { endsWith: `@${DEMO_EMAIL_DOMAIN}` },
    kind: { in: ["SEEKER", "EMPLOYER", "ADMIN"] },
    passwordHash: null,
  } satisfies Prisma.UserWhereInput;
  const [needing, admin] = await Promise.all([
    db.user.count({ where: withoutPassword }),
    db.user.findUnique({ where: { email: DEMO_GUIDE_ACCOUNTS.admin }, select: { id: true } }),
  ]);
  const result: DemoCredentials = {
    password: DEMO_PASSWORD,
    accounts: DEMO_GUIDE_ACCOUNTS,
    passwordsSet: 0,
    adminCreated: false,
  };
  if (needing === 0 && admin) return result;

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  if (!admin) {
    await db.user.create({
      data: {
        email: DEMO_GUIDE_ACCOUNTS.admin,
        kind: "ADMIN",
        passwordHash,
        passwordChangedAt: now,
        emailVerifiedAt: now,
      },
    });
    result.adminCreated = true;
  }
  const { count } = await db.user.updateMany({
    where: withoutPassword,
    data: { passwordHash, passwordChangedAt: now },
  });
  result.passwordsSet = count;
  return result;
}
