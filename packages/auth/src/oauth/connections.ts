import { Prisma, type Db, type OAuthProvider } from "@tsunagu/db";

import type { OAuthIdentity, OAuthProviderClient } from "./identity";

export type ConnectResult =
  | { ok: true }
  /** This provider account already belongs to another Tsunagu account, or this account already has one of this provider. */
  | { ok: false; reason: "already-connected" }
  | { ok: false; reason: "failed" };

/**
 * Account settings → "Connect Google": links a provider account to the signed-in user, whatever
 * its email. This is the way in for someone whose provider email was not verified (finishOAuth
 * answered `email-in-use`): they proved who they are with their password session instead.
 */
export async function connectOAuthAccount(
  db: Db,
  client: OAuthProviderClient,
  input: { userId: string; code: string; codeVerifier: string },
): Promise<ConnectResult> {
  let identity: OAuthIdentity;
  try {
    identity = await client.identify(input.code, input.codeVerifier);
  } catch {
    return { ok: false, reason: "failed" };
  }
  try {
    await db.oAuthAccount.create({
      data: {
        provider: identity.provider,
        providerUserId: identity.providerUserId,
        userId: input.userId,
      },
    });
    return { ok: true };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return { ok: false, reason: "already-connected" };
    }
    throw error;
  }
}

export type DisconnectResult =
  { ok: true } | { ok: false; reason: "last-sign-in-method" | "not-connected" };

/** Removes a provider link, unless it is the account's only way to sign in. */
export async function disconnectOAuthAccount(
  db: Db,
  input: { userId: string; provider: OAuthProvider },
): Promise<DisconnectResult> {
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({
      where: { id: input.userId },
      select: { passwordHash: true, oauthAccounts: { select: { provider: true } } },
    });
    if (!user.oauthAccounts.some((a) => a.provider === input.provider)) {
      return { ok: false, reason: "not-connected" } as const;
    }
    if (!user.passwordHash && user.oauthAccounts.length === 1) {
      return { ok: false, reason: "last-sign-in-method" } as const;
    }
    await tx.oAuthAccount.deleteMany({ where: { userId: input.userId, provider: input.provider } });
    return { ok: true } as const;
  });
}

/** Providers connected to the account, for the settings page. */
export async function listOAuthConnections(db: Db, userId: string) {
  return db.oAuthAccount.findMany({
    where: { userId },
    select: { provider: true, createdAt: true },
    orderBy: { createdAt: "asc" },
  });
}
