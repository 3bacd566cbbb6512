import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";
import { normaliseEmail } from "@tsunagu/auth";
import type { Db, VerificationMethod } from "@tsunagu/db";
import { AppError } from "../../errors";
import { websiteHost } from "../visibility/blocks";

/** F10: a domain-confirmation link works once and for this long. */
export const DOMAIN_CONFIRMATION_LIFETIME_MS = 24 * 60 * 60 * 1000;

/**
 * Free-mail and consumer domains: anyone can have an address there, so it proves nothing about
 * the company. Compared to the address's domain and its parent domains.
 */
export const FREE_MAIL_DOMAINS: ReadonlySet<string> = new Set([
  "gmail.com",
  "googlemail.com",
  "yahoo.com",
  "yahoo.co.jp",
  "ymail.com",
  "outlook.com",
  "outlook.jp",
  "hotmail.com",
  "hotmail.co.jp",
  "live.com",
  "live.jp",
  "msn.com",
  "icloud.com",
  "me.com",
  "mac.com",
  "aol.com",
  "proton.me",
  "protonmail.com",
  "gmx.com",
  "gmx.net",
  "mail.com",
  "zoho.com",
  "yandex.com",
  "docomo.ne.jp",
  "ezweb.ne.jp",
  "au.com",
  "softbank.ne.jp",
  "i.softbank.jp",
  "nifty.com",
  "biglobe.ne.jp",
  "ocn.ne.jp",
  "so-net.ne.jp",
  "excite.co.jp",
  "qq.com",
  "163.com",
  "naver.com",
]);

export const requestDomainConfirmationInput = z.object({
  email: z.email().max(254).transform(normaliseEmail),
});
export type RequestDomainConfirmationInput = z.input<typeof requestDomainConfirmationInput>;

export function hashDomainToken(token: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(createHash("sha256").update(token).digest());
}

/** The registrable part a work address must match: the website's host without "www.". */
export function companyDomainOf(website: string | null): string | null {
  const host = websiteHost(website);
  if (!host) return null;
  return host
    .toLowerCase()
    .replace(/:\d+$/, "")
    .replace(/^www\./, "");
}

function isFreeMail(domain: string): boolean {
  const labels = domain.split(".");
  for (let i = 0; i < labels.length - 1; i++) {
    if (FREE_MAIL_DOMAINS.has(labels.slice(i).join("."))) return true;
  }
  return false;
}

/** The address is on the company's own domain, or a subdomain of it ("tokyo.sakura.co.jp"). */
function isOnDomain(emailDomain: string, companyDomain: string): boolean {
  return emailDomain === companyDomain || emailDomain.endsWith(`.${companyDomain}`);
}

export interface VerificationStatus {
  verifiedAt: Date | null;
  method: VerificationMethod | null;
  reviewFlaggedAt: Date | null;
  /** The domain a work address must be on; null until the company has a website. */
  domain: string | null;
  /** A link was sent and is still open: to which address, until when. */
  pending: { email: string; expiresAt: Date } | null;
}

export async function companyVerificationStatus(
  db: Db,
  companyId: string,
  now = new Date(),
): Promise<VerificationStatus> {
  const company = await db.company.findUniqueOrThrow({
    where: { id: companyId },
    select: {
      verifiedAt: true,
      verificationMethod: true,
      reviewFlaggedAt: true,
      website: true,
      domainConfirmations: {
        where: { confirmedAt: null, expiresAt: { gt: now } },
        orderBy: { createdAt: "desc" },
        take: 1,
        select: { email: true, expiresAt: true },
      },
    },
  });
  return {
    verifiedAt: company.verifiedAt,
    method: company.verificationMethod,
    reviewFlaggedAt: company.reviewFlaggedAt,
    domain: companyDomainOf(company.website),
    pending: company.verifiedAt ? null : (company.domainConfirmations[0] ?? null),
  };
}

export interface DomainConfirmationIssued {
  email: string;
  expiresAt: Date;
  /** The only copy of the secret; only its SHA-256 is stored. Goes into the email only. */
  token: string;
}

/**
 * F10: an owner asks for a confirmation link at a work address on the company's own domain
 * (the host of its website). Free-mail domains prove nothing and are refused. A new request
 * replaces the open one (the old link stops working).
 */
export async function requestDomainConfirmation(
  db: Db,
  caller: { companyId: string; memberId: string; role: string },
  rawInput: RequestDomainConfirmationInput,
  now = new Date(),
): Promise<DomainConfirmationIssued> {
  if (caller.role !== "OWNER") {
    throw new AppError("FORBIDDEN", "Only a company owner can verify the company.");
  }
  const { email } = requestDomainConfirmationInput.parse(rawInput);
  const company = await db.company.findUniqueOrThrow({
    where: { id: caller.companyId },
    select: { website: true, verifiedAt: true },
  });
  if (company.verifiedAt) throw new AppError("CONFLICT", "This company is already verified.");
  const domain = companyDomainOf(company.website);
  if (!domain) {
    throw new AppError(
      "BAD_REQUEST",
      "Add the company's website first: the address must be on its domain.",
      {
        fieldProblem: { field: "email", key: "verificationNoWebsite" },
      },
    );
  }
  const emailDomain = email.slice(email.lastIndexOf("@") + 1).toLowerCase();
  if (isFreeMail(emailDomain)) {
    throw new AppError("BAD_REQUEST", "A free-mail address cannot confirm a company.", {
      fieldProblem: { field: "email", key: "verificationFreeMail" },
    });
  }
  if (isFreeMail(domain) || !isOnDomain(emailDomain, domain)) {
    throw new AppError("BAD_REQUEST", `The address must be on the company's domain (${domain}).`, {
      fieldProblem: { field: "email", key: "verificationWrongDomain", params: { domain } },
    });
  }
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + DOMAIN_CONFIRMATION_LIFETIME_MS);
  await db.$transaction(async (tx) => {
    await tx.companyDomainConfirmation.deleteMany({
      where: { companyId: caller.companyId, confirmedAt: null },
    });
    await tx.companyDomainConfirmation.create({
      data: {
        companyId: caller.companyId,
        memberId: caller.memberId,
        email,
        tokenHash: hashDomainToken(token),
        expiresAt,
        createdAt: now,
      },
    });
    await tx.auditEvent.create({
      data: {
        actorKind: "EMPLOYER_MEMBER",
        actorUserId: null,
        companyId: caller.companyId,
        action: "company.verification.request",
        targetKind: "company",
        targetId: caller.companyId,
        metadata: { memberId: caller.memberId },
        occurredAt: now,
      },
    });
  });
  return { email, expiresAt, token };
}

/**
 * F10: the owner followed the link while signed in. Only the member who asked may use it, once,
 * before it expires; the company becomes verified by DOMAIN_EMAIL.
 */
export async function confirmDomain(
  db: Db,
  caller: { companyId: string; memberId: string; userId: string },
  token: string,
  now = new Date(),
): Promise<{ verifiedAt: Date }> {
  return db.$transaction(async (tx) => {
    const row = await tx.companyDomainConfirmation.findUnique({
      where: { tokenHash: hashDomainToken(token) },
      select: { id: true, companyId: true, memberId: true, expiresAt: true, confirmedAt: true },
    });
    if (!row || row.memberId !== caller.memberId || row.companyId !== caller.companyId) {
      throw new AppError("NOT_FOUND", "This confirmation link is not valid for your account.");
    }
    // Single use: the update only succeeds for the first request that gets here.
    const used = await tx.companyDomainConfirmation.updateMany({
      where: { id: row.id, confirmedAt: null, expiresAt: { gt: now } },
      data: { confirmedAt: now },
    });
    if (used.count !== 1) {
      throw new AppError("CONFLICT", "This confirmation link has expired or was already used.");
    }
    const company = await tx.company.findUniqueOrThrow({
      where: { id: row.companyId },
      select: { verifiedAt: true },
    });
    if (company.verifiedAt) return { verifiedAt: company.verifiedAt };
    await tx.company.update({
      where: { id: row.companyId },
      data: { verifiedAt: now, verificationMethod: "DOMAIN_EMAIL" },
    });
    await tx.auditEvent.create({
      data: {
        actorKind: "EMPLOYER_MEMBER",
        actorUserId: caller.userId,
        companyId: row.companyId,
        action: "company.verify",
        targetKind: "company",
        targetId: row.companyId,
        metadata: { method: "DOMAIN_EMAIL" },
        occurredAt: now,
      },
    });
    return { verifiedAt: now };
  });
}
