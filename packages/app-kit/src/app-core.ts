import type { AppLoadContext } from "@remix-run/node";
import { db as sharedDb, type Db, type SessionAudience } from "@tsunagu/db";
import type { Namespace } from "@tsunagu/i18n";
import { detectLocale, i18nServer } from "@tsunagu/i18n/server";
import { accountMail } from "./account-mail";
import { readAppEnv, type AppName } from "./app-env";
import { clientAddressOf } from "./client-address";
import { checkDatabase } from "./database-health";
import { safeRedirectPath } from "./redirect-target";
import { sessionBindings } from "./session";

/**
 * Generous enough for the first probe, which also starts the Prisma client and opens the first
 * connection.
 */
const HEALTH_PROBE_TIMEOUT_MS = 5_000;

const AUDIENCE: Readonly<Record<AppName, SessionAudience>> = {
  seeker: "SEEKER",
  employer: "EMPLOYER",
  admin: "ADMIN",
};

export interface AppCoreConfig {
  app: AppName;
  /** Where `pnpm dev` serves the app: the default origin when APP_ORIGIN is not set locally. */
  devPort: number;
  /** Tests pass their own database; apps use the shared client. */
  db?: Db;
  /** Tests pass their own environment; apps read process.env once, at start. */
  env?: Record<string, string | undefined>;
  /** Every account of this app must use two-step sign-in (F21: platform admins). */
  twoFactorRequired?: boolean;
  /**
   * Where a person goes once signed in, given where they asked to go: the seeker app sends
   * someone with a changed policy purpose to review it first.
   */
  afterSignIn?: (db: Db, userId: string, redirectTo: string) => Promise<string>;
}

/**
 * What every page of an app builds on, bound to the app's audience, origin and database: the
 * validated environment, sessions and their cookies, CSRF, the client address, safe redirects
 * and the account mails. Created once per app, when its server starts.
 */
export function createAppCore(config: AppCoreConfig) {
  const env = readAppEnv(config.app, config.devPort, config.env);
  const db = config.db ?? sharedDb;
  const audience = AUDIENCE[config.app];
  const mail = accountMail({
    db,
    appOrigin: env.APP_ORIGIN,
    smtpUrl: env.SMTP_URL,
    mailFrom: env.MAIL_FROM,
  });
  const seekerOrigin = env.SEEKER_APP_ORIGIN;
  return {
    app: config.app,
    afterSignIn: config.afterSignIn,
    audience,
    env,
    db,
    detectLocale,
    /** A translation function of `namespace` in the request's language, for loaders and actions. */
    async translator<N extends Namespace>(request: Request, namespace: N) {
      return i18nServer.getFixedT(await detectLocale(request), namespace);
    },
    twoFactorRequired: config.twoFactorRequired ?? false,
    ...sessionBindings({
      db,
      audience,
      appOrigin: env.APP_ORIGIN,
      twoFactorRequired: config.twoFactorRequired ?? false,
    }),
    mail,
    /** Employers' invitations email the seeker with a link into the seeker app (F6). */
    invitationMail:
      config.app === "employer" && mail.mailer && seekerOrigin
        ? {
            mailer: mail.mailer,
            seekerLink: (path: string) => new URL(path, seekerOrigin).toString(),
          }
        : null,
    clientAddress: (request: Request, context: AppLoadContext | undefined) =>
      clientAddressOf(request, context, env),
    /** The health probe behind `/healthz` and the admin home. */
    checkDatabase: () => checkDatabase(db, { timeoutMs: HEALTH_PROBE_TIMEOUT_MS }),
    safeRedirectPath: (value: FormDataEntryValue | string | null | undefined, fallback = "/") =>
      safeRedirectPath(value, env.APP_ORIGIN, fallback),
  };
}

export type AppCore = ReturnType<typeof createAppCore>;
