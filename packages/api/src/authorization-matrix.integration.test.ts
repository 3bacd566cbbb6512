/**
 * Issue 3: every procedure of every router × every kind of caller, through the real fetch
 * handler with real sessions. The expected outcomes are written out per procedure path; a
 * procedure without an entry (or an entry without a procedure) fails the run.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { AnyTRPCRouter } from "@trpc/server";
import { createSession, sessionCookieName } from "@tsunagu/auth";
import { createDb, type SessionAudience } from "@tsunagu/db";
import {
  createCompany,
  createEmployerMember,
  createInvitation,
  createJob,
  createPlatformAdmin,
  createSeeker,
  uniqueSuffix,
} from "@tsunagu/db/testing";
import { ensureIndex } from "@tsunagu/search";
import { handleTrpcRequest, ROUTERS, TRPC_ENDPOINT } from "./handler";
import { applyToJob } from "./services/applications/apply-to-job";
import { createJobAlert } from "./services/job-alerts/job-alerts";
import { saveJob } from "./services/jobs/saved-jobs";
import { inviteMember } from "./services/members/invite-member";
import { createSavedSearch } from "./services/saved-searches/saved-searches";
import { noInput } from "./routers/shared/schemas";
import { mergeRouters, publicProcedure, router } from "./trpc";

const db = createDb(process.env.DATABASE_URL!);

const APP_ORIGIN: Record<SessionAudience, string> = {
  SEEKER: "http://seeker.tsunagu.test",
  EMPLOYER: "http://employer.tsunagu.test",
  ADMIN: "http://admin.tsunagu.test",
};

const CALLERS = [
  "anonymous",
  "seeker",
  "recruiter",
  "owner",
  /** Owner of another paying company: the inputs name company A's people and candidates. */
  "otherCompanyMember",
  "suspendedCompanyMember",
  "admin",
  /** A valid session of another app, sent in this app's cookie and in its own. */
  "wrongAudience",
] as const;
type CallerKind = (typeof CALLERS)[number];

type Outcome = "ok" | "UNAUTHORIZED" | "FORBIDDEN" | "NOT_FOUND" | "BAD_REQUEST" | "CONFLICT";
const HTTP_STATUS: Record<Outcome, number> = {
  ok: 200,
  CONFLICT: 409,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_REQUEST: 400,
};

interface World {
  seekerProfileSearchKey: string;
  /** Company A, for the platform admin's company procedures. */
  companyAId: string;
  recruiterAId: string;
  /** An open invitation of company A to an address without an account. */
  invitationToken: string;
  invitationId: string;
  /** Open jobs of company A: the seeker has not applied to the first, has to the second. */
  openJobId: string;
  /** The seeker's own application, and one of another seeker (never theirs to read). */
  applicationId: string;
  otherApplicationId: string;
  /** An open invitation of company A to the seeker. */
  seekerInvitationId: string;
  /** A saved search of company A's recruiter: theirs alone, not their owner's (F12). */
  recruiterSavedSearchId: string;
  /** A job alert of the seeker (F8): theirs alone. */
  seekerJobAlertId: string;
  /** Company A's paid invoice, and an open manual one for the admin to settle. */
  paidInvoiceId: string;
  openInvoiceId: string;
  tokens: Record<Exclude<CallerKind, "anonymous" | "wrongAudience">, string>;
}

interface Entry {
  type: "query" | "mutation";
  input: (world: World) => unknown;
  /** An input the procedure's schema refuses (auth still comes first). */
  invalidInput: unknown;
  expect: Record<CallerKind, Outcome>;
}

const UNAUTHORIZED_ALL: Record<CallerKind, Outcome> = {
  anonymous: "UNAUTHORIZED",
  seeker: "UNAUTHORIZED",
  recruiter: "UNAUTHORIZED",
  owner: "UNAUTHORIZED",
  otherCompanyMember: "UNAUTHORIZED",
  suspendedCompanyMember: "UNAUTHORIZED",
  admin: "UNAUTHORIZED",
  wrongAudience: "UNAUTHORIZED",
};

const SEEKER_ACCOUNT: Record<CallerKind, Outcome> = { ...UNAUTHORIZED_ALL, seeker: "ok" };
const EMPLOYER_ACCOUNT: Record<CallerKind, Outcome> = {
  ...UNAUTHORIZED_ALL,
  recruiter: "ok",
  owner: "ok",
  otherCompanyMember: "ok",
  // Signing out and reviewing sessions stay possible while the company is suspended.
  suspendedCompanyMember: "ok",
};
const ADMIN_ACCOUNT: Record<CallerKind, Outcome> = { ...UNAUTHORIZED_ALL, admin: "ok" };

const accountEntries = (expected: Record<CallerKind, Outcome>): Record<string, Entry> => ({
  "account.sessions": {
    type: "query",
    input: () => undefined,
    invalidInput: { all: true },
    expect: expected,
  },
  "account.revokeSession": {
    type: "mutation",
    input: () => ({ sessionId: "no-such-session" }),
    invalidInput: { sessionId: "" },
    expect: expected,
  },
  "account.signOutEverywhere": {
    type: "mutation",
    input: () => ({ keepCurrent: true }),
    invalidInput: { keepCurrent: "yes" },
    expect: expected,
  },
});

const NOT_FOUND_ALL: Record<CallerKind, Outcome> = {
  anonymous: "NOT_FOUND",
  seeker: "NOT_FOUND",
  recruiter: "NOT_FOUND",
  owner: "NOT_FOUND",
  otherCompanyMember: "NOT_FOUND",
  suspendedCompanyMember: "NOT_FOUND",
  admin: "NOT_FOUND",
  wrongAudience: "NOT_FOUND",
};

// F8: List-Unsubscribe links work without sign-in; a token nobody was given is NOT_FOUND for all.
const unsubscribeEntries = (): Record<string, Entry> => ({
  "unsubscribe.info": {
    type: "query",
    input: () => ({ token: "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA" }),
    invalidInput: { token: "no" },
    expect: NOT_FOUND_ALL,
  },
  "unsubscribe.confirm": {
    type: "mutation",
    input: () => ({ token: "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA" }),
    invalidInput: { token: "no" },
    expect: NOT_FOUND_ALL,
  },
});

const MATRIX: Record<SessionAudience, Record<string, Entry>> = {
  SEEKER: {
    "jobs.search": {
      type: "query",
      input: () => ({ query: "engineer", filters: { visaSupport: true } }),
      invalidInput: { pageSize: 1000 },
      expect: {
        anonymous: "ok",
        seeker: "ok",
        recruiter: "ok",
        owner: "ok",
        otherCompanyMember: "ok",
        suspendedCompanyMember: "ok",
        admin: "ok",
        wrongAudience: "ok",
      },
    },
    "jobs.get": {
      type: "query",
      input: (world) => ({ jobId: world.openJobId }),
      invalidInput: { jobId: "not-a-job" },
      expect: {
        anonymous: "ok",
        seeker: "ok",
        recruiter: "ok",
        owner: "ok",
        otherCompanyMember: "ok",
        suspendedCompanyMember: "ok",
        admin: "ok",
        wrongAudience: "ok",
      },
    },
    "jobs.saved.list": {
      type: "query",
      input: () => undefined,
      invalidInput: { profileId: "someone else's" },
      expect: SEEKER_ACCOUNT,
    },
    "jobs.saved.contains": {
      type: "query",
      input: (world) => ({ jobId: world.openJobId }),
      invalidInput: { jobId: 7 },
      expect: SEEKER_ACCOUNT,
    },
    "jobs.saved.save": {
      type: "mutation",
      input: (world) => ({ jobId: world.openJobId }),
      invalidInput: { jobId: "" },
      expect: SEEKER_ACCOUNT,
    },
    "jobs.saved.unsave": {
      type: "mutation",
      input: (world) => ({ jobId: world.openJobId }),
      invalidInput: { jobId: "" },
      expect: SEEKER_ACCOUNT,
    },
    "jobs.alerts.list": {
      type: "query",
      input: () => undefined,
      invalidInput: { profileId: "someone else's" },
      expect: SEEKER_ACCOUNT,
    },
    "jobs.alerts.create": {
      type: "mutation",
      input: () => ({
        name: "Remote developers",
        frequency: "DAILY",
        query: "developer",
        filters: { location: "Remote", visaSupport: true },
      }),
      invalidInput: { name: "x", frequency: "HOURLY" },
      expect: SEEKER_ACCOUNT,
    },
    "jobs.alerts.rename": {
      type: "mutation",
      input: (world) => ({ id: world.seekerJobAlertId, name: "Welding in Kansai" }),
      invalidInput: { id: "not-an-alert", name: "" },
      expect: SEEKER_ACCOUNT,
    },
    "jobs.alerts.setFrequency": {
      type: "mutation",
      input: (world) => ({ id: world.seekerJobAlertId, frequency: "DAILY" }),
      invalidInput: { id: "not-an-alert", frequency: "OFF" },
      expect: SEEKER_ACCOUNT,
    },
    "jobs.alerts.delete": {
      type: "mutation",
      input: (world) => ({ id: world.seekerJobAlertId }),
      invalidInput: { id: 7 },
      expect: SEEKER_ACCOUNT,
    },
    "resume.get": {
      type: "query",
      input: () => undefined,
      invalidInput: { userId: "someone else's" },
      expect: SEEKER_ACCOUNT,
    },
    "resume.savePersonal": {
      type: "mutation",
      input: () => ({
        firstName: "Lan",
        lastName: "Nguyễn",
        birthDate: "1996-03-14",
        residenceCountry: "JP",
        residenceRegion: "JP-13",
        phone: "090-1234-5678",
      }),
      invalidInput: {
        firstName: "Lan",
        lastName: "Nguyễn",
        birthDate: "1996-03-14",
        phone: "not a phone",
      },
      expect: SEEKER_ACCOUNT,
    },
    "resume.saveSummary": {
      type: "mutation",
      input: () => ({ headline: "Welder, JLPT N3", careerLevel: "MID" }),
      invalidInput: { careerLevel: "CEO of everything" },
      expect: SEEKER_ACCOUNT,
    },
    "resume.saveLanguages": {
      type: "mutation",
      input: () => ({
        languages: [
          { language: "ja", level: "JLPT_N2" },
          { language: "vi", level: "NATIVE" },
        ],
      }),
      invalidInput: { languages: [{ language: "vi", level: "JLPT_N1" }] },
      expect: SEEKER_ACCOUNT,
    },
    "resume.saveSkills": {
      type: "mutation",
      input: () => ({
        skills: [{ name: "TIG welding", years: 6 }],
        certifications: [{ name: "JIS welding", issuer: "JWES", issuedOn: "2022-04-01" }],
      }),
      invalidInput: { skills: [{ name: "", years: -1 }] },
      expect: SEEKER_ACCOUNT,
    },
    "resume.saveExperience": {
      type: "mutation",
      input: () => ({
        experiences: [
          {
            employerName: "Kanagawa Steelworks",
            title: "TIG welder",
            startMonth: "2021-04",
            isCurrent: true,
          },
        ],
      }),
      invalidInput: { experiences: [{ employerName: "", title: "Welder", startMonth: "April" }] },
      expect: SEEKER_ACCOUNT,
    },
    "resume.saveEducation": {
      type: "mutation",
      input: () => ({
        educations: [
          {
            institution: "Hanoi University of Science and Technology",
            level: "BACHELOR",
            startMonth: "2012-09",
            endMonth: "2016-06",
          },
        ],
      }),
      invalidInput: { educations: [{ institution: "", level: "PHD_PLUS" }] },
      expect: SEEKER_ACCOUNT,
    },
    "resume.savePreferences": {
      type: "mutation",
      input: () => ({
        desiredJobTypes: ["FULL_TIME"],
        desiredLocations: ["JP-14", "REMOTE"],
        desiredSalaryMin: 250000,
        desiredSalaryMax: 320000,
        desiredSalaryCurrency: "JPY",
        desiredSalaryPeriod: "MONTHLY",
        availability: "IMMEDIATELY",
      }),
      invalidInput: {
        desiredSalaryMin: 300000,
        desiredSalaryMax: 200000,
        desiredSalaryCurrency: "JPY",
        desiredSalaryPeriod: "MONTHLY",
      },
      expect: SEEKER_ACCOUNT,
    },
    "resume.saveReferees": {
      type: "mutation",
      input: () => ({
        referees: [
          {
            name: "Satō Kenji",
            relationship: "Former foreman",
            phone: "090-1234-5678",
            consentAttested: true,
          },
        ],
      }),
      invalidInput: {
        referees: [{ name: "Satō Kenji", relationship: "Former foreman", consentAttested: false }],
      },
      expect: SEEKER_ACCOUNT,
    },
    "applications.preview": {
      type: "query",
      input: (world) => ({ jobId: world.openJobId }),
      invalidInput: { jobId: "not-a-job" },
      expect: SEEKER_ACCOUNT,
    },
    "applications.submit": {
      type: "mutation",
      input: (world) => ({ jobId: world.openJobId, coverNote: "Hello" }),
      invalidInput: { jobId: "not-a-job" },
      expect: SEEKER_ACCOUNT,
    },
    "applications.list": {
      type: "query",
      input: () => undefined,
      invalidInput: { profileId: "someone else's" },
      expect: SEEKER_ACCOUNT,
    },
    "applications.get": {
      type: "query",
      input: (world) => ({ applicationId: world.applicationId }),
      invalidInput: { applicationId: 42 },
      expect: SEEKER_ACCOUNT,
    },
    "applications.withdraw": {
      type: "mutation",
      input: (world) => ({ applicationId: world.applicationId }),
      invalidInput: { applicationId: "" },
      expect: SEEKER_ACCOUNT,
    },
    "invitations.list": {
      type: "query",
      input: () => undefined,
      invalidInput: { profileId: "someone else's" },
      expect: SEEKER_ACCOUNT,
    },
    "invitations.get": {
      type: "query",
      input: (world) => ({ invitationId: world.seekerInvitationId }),
      invalidInput: { invitationId: 42 },
      expect: SEEKER_ACCOUNT,
    },
    "invitations.accept": {
      type: "mutation",
      input: (world) => ({ invitationId: world.seekerInvitationId }),
      invalidInput: { invitationId: "" },
      expect: SEEKER_ACCOUNT,
    },
    "invitations.decline": {
      type: "mutation",
      input: (world) => ({ invitationId: world.seekerInvitationId }),
      invalidInput: { invitationId: "x" },
      expect: SEEKER_ACCOUNT,
    },
    "invitations.report": {
      type: "mutation",
      input: (world) => ({
        invitationId: world.seekerInvitationId,
        reason: "SPAM",
        details: "Matrix check",
      }),
      invalidInput: { invitationId: "x", reason: "BORING" },
      expect: SEEKER_ACCOUNT,
    },
    "privacy.overview": {
      type: "query",
      input: () => undefined,
      invalidInput: { userId: "someone else's" },
      expect: SEEKER_ACCOUNT,
    },
    "privacy.setConsent": {
      type: "mutation",
      input: () => ({ purpose: "PARTNER_OFFERS", granted: false }),
      invalidInput: { purpose: "SELL_MY_DATA", granted: true },
      expect: SEEKER_ACCOUNT,
    },
    "privacy.policyReview": {
      type: "query",
      input: () => undefined,
      invalidInput: { userId: "someone else's" },
      expect: SEEKER_ACCOUNT,
    },
    "privacy.answerPolicyReview": {
      type: "mutation",
      // The matrix's seeker agreed to nothing under an older version: nothing to review.
      input: () => ({ purpose: "PARTNER_OFFERS", granted: true }),
      invalidInput: { purpose: "PARTNER_OFFERS", granted: "maybe" },
      expect: { ...SEEKER_ACCOUNT, seeker: "CONFLICT" },
    },
    "privacy.setRestriction": {
      type: "mutation",
      input: () => ({ restricted: false }),
      invalidInput: { restricted: "sometimes" },
      expect: SEEKER_ACCOUNT,
    },
    "privacy.setMarketingObjection": {
      type: "mutation",
      input: () => ({ objected: false }),
      invalidInput: { objected: ["x"] },
      expect: SEEKER_ACCOUNT,
    },
    // Nobody's event has this id: the seeker is told so; everyone else never gets that far.
    "privacy.receipt": {
      type: "query",
      input: () => ({ eventId: "00000000-0000-7000-8000-000000000000" }),
      invalidInput: { eventId: "latest" },
      expect: { ...UNAUTHORIZED_ALL, seeker: "NOT_FOUND" },
    },
    "privacy.disclosures": {
      type: "query",
      input: () => ({ kind: "RESUME_VIEW" }),
      invalidInput: { kind: "EVERYTHING" },
      expect: SEEKER_ACCOUNT,
    },
    "privacy.requests": {
      type: "query",
      input: () => undefined,
      invalidInput: { userId: "someone else's" },
      expect: SEEKER_ACCOUNT,
    },
    "privacy.createRequest": {
      type: "mutation",
      input: () => ({ kind: "COMPLAINT", details: "Matrix check: a complaint in words." }),
      invalidInput: { kind: "DELETE_EVERYONE", details: "" },
      expect: SEEKER_ACCOUNT,
    },
    "visibility.get": {
      type: "query",
      input: () => undefined,
      invalidInput: { userId: "someone else's" },
      expect: SEEKER_ACCOUNT,
    },
    "visibility.save": {
      type: "mutation",
      input: () => ({ visibility: "PRIVATE", shareAgeBand: false, consentSearchable: false }),
      invalidInput: { visibility: "PUBLIC" },
      expect: SEEKER_ACCOUNT,
    },
    "visibility.preview": {
      type: "query",
      input: () => undefined,
      invalidInput: { userId: "someone else's" },
      expect: SEEKER_ACCOUNT,
    },
    "visibility.searchCompanies": {
      type: "query",
      input: () => ({ query: "Sakura" }),
      invalidInput: { query: "" },
      expect: SEEKER_ACCOUNT,
    },
    "visibility.blocks": {
      type: "query",
      input: () => undefined,
      invalidInput: { userId: "someone else's" },
      expect: SEEKER_ACCOUNT,
    },
    // No company has this id: the seeker is told so; everyone else never gets that far.
    "visibility.blockCompany": {
      type: "mutation",
      input: () => ({ companyId: "00000000-0000-7000-8000-000000000000" }),
      invalidInput: { companyId: "acme" },
      expect: { ...UNAUTHORIZED_ALL, seeker: "NOT_FOUND" },
    },
    "visibility.unblockCompany": {
      type: "mutation",
      input: () => ({ companyId: "00000000-0000-7000-8000-000000000000" }),
      invalidInput: { companyId: "acme" },
      expect: SEEKER_ACCOUNT,
    },
    "visibility.blockDomain": {
      type: "mutation",
      input: () => ({ domain: "matrix-check.example" }),
      invalidInput: { domain: "not a domain" },
      expect: SEEKER_ACCOUNT,
    },
    "visibility.unblockDomain": {
      type: "mutation",
      input: () => ({ domain: "matrix-check.example" }),
      invalidInput: { domain: "" },
      expect: SEEKER_ACCOUNT,
    },
    "visibility.addPendingBlock": {
      type: "mutation",
      input: () => ({ name: "Matrix Check Trading" }),
      invalidInput: { name: "" },
      expect: SEEKER_ACCOUNT,
    },
    "visibility.removePendingBlock": {
      type: "mutation",
      input: () => ({ pendingId: "00000000-0000-7000-8000-000000000000" }),
      invalidInput: { pendingId: "x" },
      expect: SEEKER_ACCOUNT,
    },
    "visibility.confirmPendingBlock": {
      type: "mutation",
      input: () => ({
        pendingId: "00000000-0000-7000-8000-000000000000",
        companyId: "00000000-0000-7000-8000-000000000000",
      }),
      invalidInput: { pendingId: "x", companyId: "y" },
      expect: { ...UNAUTHORIZED_ALL, seeker: "NOT_FOUND" },
    },
    "visibility.card": {
      type: "query",
      input: () => undefined,
      invalidInput: { userId: "someone else's" },
      expect: SEEKER_ACCOUNT,
    },
    "visibility.saveCard": {
      type: "mutation",
      input: () => ({ enabled: false, searchEnginesAllowed: false }),
      invalidInput: "on",
      expect: SEEKER_ACCOUNT,
    },
    "visibility.regenerateCardLink": {
      type: "mutation",
      input: () => undefined,
      invalidInput: { slug: "my-chosen-slug" },
      expect: SEEKER_ACCOUNT,
    },
    // Public, no sign-in: an unknown slug is NOT_FOUND for everyone, the same as a card that is off.
    "visibility.publicCard": {
      type: "query",
      input: () => ({ slug: "aaaaaaaaaaaaaaaaaaaaaaaa" }),
      invalidInput: { slug: "" },
      expect: {
        anonymous: "NOT_FOUND",
        seeker: "NOT_FOUND",
        recruiter: "NOT_FOUND",
        owner: "NOT_FOUND",
        otherCompanyMember: "NOT_FOUND",
        suspendedCompanyMember: "NOT_FOUND",
        admin: "NOT_FOUND",
        wrongAudience: "NOT_FOUND",
      },
    },
    "email.preferences": {
      type: "query",
      input: () => undefined,
      invalidInput: { userId: "someone else's" },
      expect: SEEKER_ACCOUNT,
    },
    "email.savePreferences": {
      type: "mutation",
      input: () => ({
        INVITATIONS: true,
        JOB_ALERTS: true,
        NEWSLETTER: false,
        RESUME_REMINDERS: false,
      }),
      invalidInput: "all",
      expect: SEEKER_ACCOUNT,
    },
    ...unsubscribeEntries(),
    ...accountEntries(SEEKER_ACCOUNT),
  },
  EMPLOYER: {
    "candidates.find": {
      type: "query",
      input: () => ({ query: "" }),
      invalidInput: { pageSize: 0 },
      expect: {
        ...UNAUTHORIZED_ALL,
        recruiter: "ok",
        owner: "ok",
        otherCompanyMember: "ok",
        suspendedCompanyMember: "FORBIDDEN",
      },
    },
    "candidates.get": {
      type: "mutation",
      input: (w) => ({ candidateId: w.seekerProfileSearchKey, purpose: "matrix test" }),
      invalidInput: { candidateId: "not-a-uuid" },
      expect: {
        ...UNAUTHORIZED_ALL,
        recruiter: "ok",
        owner: "ok",
        // The seeker blocked company B: it cannot open the resume, and is not told why.
        otherCompanyMember: "NOT_FOUND",
        suspendedCompanyMember: "FORBIDDEN",
      },
    },
    "invitations.send": {
      type: "mutation",
      input: (w) => ({
        candidateId: w.seekerProfileSearchKey,
        jobId: w.openJobId,
        salaryMin: 4_000_000,
        salaryMax: 5_000_000,
        visaSupport: true,
        message: "We would like to talk with you.",
      }),
      invalidInput: { candidateId: "not-a-uuid", jobId: "x", salaryMin: 2, salaryMax: 1 },
      expect: {
        ...UNAUTHORIZED_ALL,
        recruiter: "ok",
        owner: "ok",
        // Company A's job is not theirs (and the seeker blocked company B).
        otherCompanyMember: "NOT_FOUND",
        suspendedCompanyMember: "FORBIDDEN",
      },
    },
    "invitations.list": {
      type: "query",
      input: () => undefined,
      invalidInput: { companyId: "someone else's" },
      expect: {
        ...UNAUTHORIZED_ALL,
        recruiter: "ok",
        owner: "ok",
        otherCompanyMember: "ok",
        suspendedCompanyMember: "FORBIDDEN",
      },
    },
    "invitations.get": {
      type: "query",
      input: (w) => ({ invitationId: w.seekerInvitationId }),
      invalidInput: { invitationId: "x" },
      expect: {
        ...UNAUTHORIZED_ALL,
        recruiter: "ok",
        owner: "ok",
        // Company A's invitation: not theirs, and not told it exists.
        otherCompanyMember: "NOT_FOUND",
        suspendedCompanyMember: "FORBIDDEN",
      },
    },
    "invitations.jobs": {
      type: "query",
      input: () => undefined,
      invalidInput: { companyId: "someone else's" },
      expect: {
        ...UNAUTHORIZED_ALL,
        recruiter: "ok",
        owner: "ok",
        otherCompanyMember: "ok",
        suspendedCompanyMember: "FORBIDDEN",
      },
    },
    "usage.get": {
      type: "query",
      input: () => undefined,
      invalidInput: { memberId: "someone else's" },
      expect: {
        ...UNAUTHORIZED_ALL,
        recruiter: "ok",
        owner: "ok",
        otherCompanyMember: "ok",
        suspendedCompanyMember: "FORBIDDEN",
      },
    },
    "savedSearches.list": {
      type: "query",
      input: () => undefined,
      invalidInput: { memberId: "someone else's" },
      expect: {
        ...UNAUTHORIZED_ALL,
        recruiter: "ok",
        owner: "ok",
        // Their own saved searches only (company A's never appear: saved-searches tests).
        otherCompanyMember: "ok",
        suspendedCompanyMember: "FORBIDDEN",
      },
    },
    "savedSearches.create": {
      type: "mutation",
      input: () => ({ name: `Welders ${crypto.randomUUID()}`, search: "q=welder&languages=ja" }),
      invalidInput: { name: "", search: "q=welder" },
      expect: {
        ...UNAUTHORIZED_ALL,
        recruiter: "ok",
        owner: "ok",
        otherCompanyMember: "ok",
        suspendedCompanyMember: "FORBIDDEN",
      },
    },
    "savedSearches.rename": {
      type: "mutation",
      input: (w) => ({ id: w.recruiterSavedSearchId, name: `Renamed ${crypto.randomUUID()}` }),
      invalidInput: { id: "not-a-uuid", name: "x" },
      expect: {
        ...UNAUTHORIZED_ALL,
        recruiter: "ok",
        // The recruiter's own search: not even their owner may change it, or learn it exists.
        owner: "NOT_FOUND",
        otherCompanyMember: "NOT_FOUND",
        suspendedCompanyMember: "FORBIDDEN",
      },
    },
    "savedSearches.setAlert": {
      type: "mutation",
      input: (w) => ({ id: w.recruiterSavedSearchId, alertFrequency: "DAILY" }),
      invalidInput: { id: "not-a-uuid", alertFrequency: "HOURLY" },
      expect: {
        ...UNAUTHORIZED_ALL,
        recruiter: "ok",
        owner: "NOT_FOUND",
        otherCompanyMember: "NOT_FOUND",
        suspendedCompanyMember: "FORBIDDEN",
      },
    },
    "savedSearches.delete": {
      type: "mutation",
      input: (w) => ({ id: w.recruiterSavedSearchId }),
      invalidInput: { id: 42 },
      expect: {
        ...UNAUTHORIZED_ALL,
        recruiter: "ok",
        owner: "NOT_FOUND",
        otherCompanyMember: "NOT_FOUND",
        suspendedCompanyMember: "FORBIDDEN",
      },
    },
    "members.list": {
      type: "query",
      input: () => undefined,
      invalidInput: { companyId: "someone else's" },
      expect: {
        ...UNAUTHORIZED_ALL,
        recruiter: "ok",
        owner: "ok",
        otherCompanyMember: "ok",
        suspendedCompanyMember: "FORBIDDEN",
      },
    },
    "members.invite": {
      type: "mutation",
      input: () => ({ email: `invitee.${crypto.randomUUID()}@example.test`, role: "RECRUITER" }),
      invalidInput: { email: "not an email" },
      expect: {
        ...UNAUTHORIZED_ALL,
        recruiter: "FORBIDDEN",
        owner: "ok",
        // Into their own company, which they own.
        otherCompanyMember: "ok",
        suspendedCompanyMember: "FORBIDDEN",
      },
    },
    "company.get": {
      type: "query",
      input: () => undefined,
      invalidInput: { companyId: "someone else's" },
      expect: {
        ...UNAUTHORIZED_ALL,
        recruiter: "ok",
        owner: "ok",
        otherCompanyMember: "ok",
        suspendedCompanyMember: "FORBIDDEN",
      },
    },
    "company.verification": {
      type: "query",
      input: () => undefined,
      invalidInput: { companyId: "someone else's" },
      expect: {
        ...UNAUTHORIZED_ALL,
        recruiter: "ok",
        owner: "ok",
        otherCompanyMember: "ok",
        suspendedCompanyMember: "FORBIDDEN",
      },
    },
    "audit.list": {
      type: "query",
      input: () => ({}),
      invalidInput: { kind: "EVERYTHING" },
      expect: {
        ...UNAUTHORIZED_ALL,
        // The access log names colleagues and what they looked at: owners only (F16).
        recruiter: "FORBIDDEN",
        owner: "ok",
        // Their own company's log; company A's entries never appear (audit-log tests).
        otherCompanyMember: "ok",
        suspendedCompanyMember: "FORBIDDEN",
      },
    },
    "company.save": {
      type: "mutation",
      input: () => ({ name: "Matrix Logistics KK", website: "matrix-logistics.example.jp" }),
      invalidInput: { name: "Matrix Logistics KK", corporateNumber: "7000012050003" },
      expect: {
        ...UNAUTHORIZED_ALL,
        recruiter: "FORBIDDEN",
        owner: "ok",
        // Their own company, which they own.
        otherCompanyMember: "ok",
        suspendedCompanyMember: "FORBIDDEN",
      },
    },
    "members.seats": {
      type: "query",
      input: () => undefined,
      invalidInput: { companyId: "someone else's" },
      expect: {
        ...UNAUTHORIZED_ALL,
        recruiter: "ok",
        owner: "ok",
        otherCompanyMember: "ok",
        suspendedCompanyMember: "FORBIDDEN",
      },
    },
    "members.revokeInvitation": {
      type: "mutation",
      input: (w) => ({ invitationId: w.invitationId }),
      invalidInput: { invitationId: "not-a-uuid" },
      expect: {
        ...UNAUTHORIZED_ALL,
        recruiter: "FORBIDDEN",
        owner: "ok",
        otherCompanyMember: "NOT_FOUND",
        suspendedCompanyMember: "FORBIDDEN",
      },
    },
    "members.remove": {
      type: "mutation",
      input: (w) => ({ memberId: w.recruiterAId }),
      invalidInput: { memberId: 42 },
      expect: {
        ...UNAUTHORIZED_ALL,
        recruiter: "FORBIDDEN",
        owner: "ok",
        otherCompanyMember: "NOT_FOUND",
        suspendedCompanyMember: "FORBIDDEN",
      },
    },
    "members.transferOwnership": {
      type: "mutation",
      input: (w) => ({ memberId: w.recruiterAId }),
      invalidInput: {},
      expect: {
        ...UNAUTHORIZED_ALL,
        recruiter: "FORBIDDEN",
        owner: "ok",
        otherCompanyMember: "NOT_FOUND",
        suspendedCompanyMember: "FORBIDDEN",
      },
    },
    "members.acceptInvitation": {
      type: "mutation",
      input: (w) => ({
        token: w.invitationToken,
        displayName: "New Member",
        password: "Kestrel-harbour-lantern-93",
      }),
      invalidInput: { token: "short" },
      // The link is the credential: whoever holds it may create the invited account.
      expect: {
        anonymous: "ok",
        seeker: "ok",
        recruiter: "ok",
        owner: "ok",
        otherCompanyMember: "ok",
        suspendedCompanyMember: "ok",
        admin: "ok",
        wrongAudience: "ok",
      },
    },
    "billing.overview": {
      type: "query",
      input: () => undefined,
      invalidInput: { companyId: "someone else's" },
      // Recruiters read the plan and its limits (why search is closed); only owners change it.
      expect: {
        ...UNAUTHORIZED_ALL,
        recruiter: "ok",
        owner: "ok",
        otherCompanyMember: "ok",
        suspendedCompanyMember: "FORBIDDEN",
      },
    },
    "billing.invoice": {
      type: "query",
      input: (w) => ({ invoiceId: w.paidInvoiceId }),
      invalidInput: { invoiceId: "TSU-2026-000001" },
      expect: {
        ...UNAUTHORIZED_ALL,
        recruiter: "ok",
        owner: "ok",
        // Company A's invoice reads as missing to anyone else.
        otherCompanyMember: "NOT_FOUND",
        suspendedCompanyMember: "FORBIDDEN",
      },
    },
    "billing.choosePlan": {
      type: "mutation",
      // Pro to Standard: a downgrade at the period's end (two members fit in five seats).
      input: () => ({ planCode: "standard" }),
      invalidInput: { planCode: "" },
      expect: {
        ...UNAUTHORIZED_ALL,
        recruiter: "FORBIDDEN",
        owner: "ok",
        otherCompanyMember: "ok",
        suspendedCompanyMember: "FORBIDDEN",
      },
    },
    "billing.cancel": {
      type: "mutation",
      input: () => undefined,
      invalidInput: { immediately: true },
      expect: {
        ...UNAUTHORIZED_ALL,
        recruiter: "FORBIDDEN",
        owner: "ok",
        otherCompanyMember: "ok",
        suspendedCompanyMember: "FORBIDDEN",
      },
    },
    "billing.resume": {
      type: "mutation",
      input: () => undefined,
      invalidInput: { planCode: "pro" },
      // Owners get past authorization; with nothing scheduled there is nothing to undo.
      expect: {
        ...UNAUTHORIZED_ALL,
        recruiter: "FORBIDDEN",
        owner: "CONFLICT",
        otherCompanyMember: "CONFLICT",
        suspendedCompanyMember: "FORBIDDEN",
      },
    },
    "billing.checkout": {
      type: "mutation",
      input: () => ({ planCode: "standard" }),
      invalidInput: { planCode: 5 },
      // Tests bill by manual invoice: owners are told online payment is not available.
      expect: {
        ...UNAUTHORIZED_ALL,
        recruiter: "FORBIDDEN",
        owner: "BAD_REQUEST",
        otherCompanyMember: "BAD_REQUEST",
        suspendedCompanyMember: "FORBIDDEN",
      },
    },
    "billing.portal": {
      type: "mutation",
      input: () => undefined,
      invalidInput: { customerId: "cus_someone_else" },
      expect: {
        ...UNAUTHORIZED_ALL,
        recruiter: "FORBIDDEN",
        owner: "BAD_REQUEST",
        otherCompanyMember: "BAD_REQUEST",
        suspendedCompanyMember: "FORBIDDEN",
      },
    },
    ...unsubscribeEntries(),
    ...accountEntries(EMPLOYER_ACCOUNT),
  },
  ADMIN: {
    "operations.indexHealth": {
      type: "query",
      input: () => undefined,
      invalidInput: { verbose: true },
      expect: { ...UNAUTHORIZED_ALL, admin: "ok" },
    },
    "companies.list": {
      type: "query",
      input: () => ({ verified: false }),
      invalidInput: { status: "GONE" },
      expect: { ...UNAUTHORIZED_ALL, admin: "ok" },
    },
    "companies.verify": {
      type: "mutation",
      input: (w) => ({ companyId: w.companyAId }),
      invalidInput: { companyId: "company a" },
      expect: { ...UNAUTHORIZED_ALL, admin: "ok" },
    },
    "companies.clearReviewFlag": {
      type: "mutation",
      input: (w) => ({ companyId: w.companyAId }),
      invalidInput: { companyId: 7 },
      expect: { ...UNAUTHORIZED_ALL, admin: "ok" },
    },
    "billing.listInvoices": {
      type: "query",
      input: (w) => ({ status: "OPEN", companyId: w.companyAId }),
      invalidInput: { status: "LOST" },
      expect: { ...UNAUTHORIZED_ALL, admin: "ok" },
    },
    "billing.markInvoicePaid": {
      type: "mutation",
      input: (w) => ({ invoiceId: w.openInvoiceId }),
      invalidInput: { invoiceId: "TSU-2026-000001" },
      expect: { ...UNAUTHORIZED_ALL, admin: "ok" },
    },
    "billing.voidInvoice": {
      type: "mutation",
      input: (w) => ({ invoiceId: w.openInvoiceId }),
      invalidInput: { invoiceId: 7 },
      expect: { ...UNAUTHORIZED_ALL, admin: "ok" },
    },
    ...accountEntries(ADMIN_ACCOUNT),
  },
};

function procedurePaths(appRouter: AnyTRPCRouter): string[] {
  return Object.keys(appRouter._def.procedures as Record<string, unknown>).sort();
}

/** Procedures the table says nothing about, and table rows naming no procedure. */
function coverageGaps(appRouter: AnyTRPCRouter, table: Record<string, Entry>) {
  const paths = procedurePaths(appRouter);
  return {
    missing: paths.filter((path) => !(path in table)),
    stale: Object.keys(table).filter((path) => !paths.includes(path)),
  };
}

async function session(userId: string, audience: SessionAudience) {
  return (await createSession(db, { userId, audience })).token;
}

/** A fresh set of people per cell, so a mutation in one cell cannot change another's answer. */
async function createWorld(): Promise<World> {
  const [{ company: a, subscription: subscriptionA }, { company: b }, { company: suspended }] =
    await Promise.all([
      createCompany(db, { plan: "pro", slug: `matrix-a-${uniqueSuffix()}` }),
      createCompany(db, { plan: "pro", slug: `matrix-b-${uniqueSuffix()}` }),
      createCompany(db, { plan: "pro", slug: `matrix-s-${uniqueSuffix()}` }),
    ]);
  const [seeker, owner, recruiter, other, suspendedMember, admin] = await Promise.all([
    createSeeker(db, { searchable: true }),
    createEmployerMember(db, { companyId: a.id, role: "OWNER" }),
    createEmployerMember(db, { companyId: a.id, role: "RECRUITER" }),
    createEmployerMember(db, { companyId: b.id, role: "OWNER" }),
    createEmployerMember(db, { companyId: suspended.id, role: "OWNER" }),
    createPlatformAdmin(db),
  ]);
  await db.companyBlock.create({ data: { profileId: seeker.profile.id, companyId: b.id } });
  await db.company.update({
    where: { id: suspended.id },
    data: { status: "SUSPENDED", suspendedAt: new Date() },
  });
  const [openJob, appliedJob, otherSeeker] = await Promise.all([
    createJob(db, { companyId: a.id }),
    createJob(db, { companyId: a.id }),
    createSeeker(db),
  ]);
  // Through the product's own flow: the snapshot has the shape of the privacy projection.
  const ownApplication = await applyToJob(db, seeker.user.id, { jobId: appliedJob.id });
  const otherApplication = await applyToJob(db, otherSeeker.user.id, { jobId: appliedJob.id });
  const invitation = await inviteMember(
    db,
    { companyId: a.id, memberId: owner.member.id },
    { email: `joiner.${uniqueSuffix()}@example.test` },
  );
  const seekerInvitation = await createInvitation(db, {
    companyId: a.id,
    senderMemberId: owner.member.id,
    profileId: seeker.profile.id,
    // Not the open job: invitations.send invites the seeker to that one.
    jobId: appliedJob.id,
  });
  const recruiterSavedSearch = await createSavedSearch(
    db,
    { companyId: a.id, memberId: recruiter.member.id },
    { name: "Welders in Osaka", search: "q=welder&desiredLocations=JP-27" },
  );
  const seekerJobAlert = await createJobAlert(db, seeker.user.id, {
    name: "Welders in Osaka",
    frequency: "WEEKLY",
    query: "welder",
    filters: { location: "Osaka" },
  });
  const paidInvoice = await db.invoice.findFirstOrThrow({
    where: { companyId: a.id, status: "PAID" },
    select: { id: true },
  });
  const openInvoice = await db.invoice.create({
    data: {
      companyId: a.id,
      subscriptionId: subscriptionA.id,
      planId: subscriptionA.planId,
      provider: "MANUAL_INVOICE",
      number: `TSU-MATRIX-${uniqueSuffix()}`,
      amount: subscriptionA.plan.monthlyPrice,
      currency: "JPY",
      periodStart: subscriptionA.currentPeriodEnd,
      periodEnd: new Date(subscriptionA.currentPeriodEnd.getTime() + 30 * 86_400_000),
      dueAt: new Date(Date.now() + 14 * 86_400_000),
    },
  });
  const [seekerToken, ownerToken, recruiterToken, otherToken, suspendedToken, adminToken] =
    await Promise.all([
      session(seeker.user.id, "SEEKER"),
      session(owner.user.id, "EMPLOYER"),
      session(recruiter.user.id, "EMPLOYER"),
      session(other.user.id, "EMPLOYER"),
      session(suspendedMember.user.id, "EMPLOYER"),
      session(admin.id, "ADMIN"),
    ]);
  return {
    seekerProfileSearchKey: seeker.profile.searchKey,
    companyAId: a.id,
    recruiterAId: recruiter.member.id,
    invitationToken: invitation.token,
    invitationId: invitation.invitationId,
    openJobId: openJob.id,
    applicationId: ownApplication.id,
    otherApplicationId: otherApplication.id,
    seekerInvitationId: seekerInvitation.id,
    recruiterSavedSearchId: recruiterSavedSearch.id,
    seekerJobAlertId: seekerJobAlert.id,
    paidInvoiceId: paidInvoice.id,
    openInvoiceId: openInvoice.id,
    tokens: {
      seeker: seekerToken,
      owner: ownerToken,
      recruiter: recruiterToken,
      otherCompanyMember: otherToken,
      suspendedCompanyMember: suspendedToken,
      admin: adminToken,
    },
  };
}

function cookieFor(world: World, caller: CallerKind, app: SessionAudience): string | null {
  const name = (audience: SessionAudience) => sessionCookieName(audience, { secure: false });
  if (caller === "anonymous") return null;
  if (caller === "wrongAudience") {
    const [token, audience] =
      app === "SEEKER"
        ? [world.tokens.admin, "ADMIN" as const]
        : [world.tokens.seeker, "SEEKER" as const];
    return `${name(app)}=${token}; ${name(audience)}=${token}`;
  }
  return `${name(app)}=${world.tokens[caller]}`;
}

interface CallOptions {
  cookie?: string | null;
  origin?: string | null;
  method?: "GET" | "POST";
}

async function call(
  app: SessionAudience,
  path: string,
  type: Entry["type"],
  input: unknown,
  options: CallOptions = {},
) {
  const method = options.method ?? (type === "query" ? "GET" : "POST");
  const url = new URL(`${TRPC_ENDPOINT}/${path}`, APP_ORIGIN[app]);
  const headers = new Headers();
  if (options.cookie) headers.set("Cookie", options.cookie);
  const origin = options.origin === undefined ? APP_ORIGIN[app] : options.origin;
  if (origin !== null) headers.set("Origin", origin);
  let body: string | undefined;
  if (method === "GET") {
    if (input !== undefined) url.searchParams.set("input", JSON.stringify(input));
  } else {
    headers.set("Content-Type", "application/json");
    body = input === undefined ? undefined : JSON.stringify(input);
  }
  const response = await handleTrpcRequest(new Request(url, { method, headers, body }), {
    audience: app,
    appOrigin: APP_ORIGIN[app],
    db,
  });
  const json = (await response.json()) as {
    result?: { data: unknown };
    error?: {
      message: string;
      data: { code: string; appCode: string | null; fieldErrors: Record<string, string[]> | null };
    };
  };
  return {
    status: response.status,
    headers: response.headers,
    json,
    outcome: json.error ? json.error.data.code : "ok",
  };
}

beforeAll(async () => {
  await Promise.all([ensureIndex("resumes"), ensureIndex("jobs")]);
}, 60_000);

afterAll(async () => {
  await db.$disconnect();
});

describe("the expected-outcome table", () => {
  for (const app of Object.keys(MATRIX) as SessionAudience[]) {
    it(`covers exactly the procedures of the ${app.toLowerCase()} router`, () => {
      expect(coverageGaps(ROUTERS[app], MATRIX[app])).toEqual({ missing: [], stale: [] });
    });
  }

  it("fails when a router gains a procedure the table does not list", () => {
    const grown = mergeRouters(
      ROUTERS.SEEKER,
      router({
        unlisted: publicProcedure
          .input(noInput)
          .output(z.null())
          .query(() => null),
      }),
    );
    expect(coverageGaps(grown, MATRIX.SEEKER).missing).toEqual(["unlisted"]);
  });

  it("declares input, output and the kind of every procedure", () => {
    for (const [app, table] of Object.entries(MATRIX) as [
      SessionAudience,
      Record<string, Entry>,
    ][]) {
      const procedures = ROUTERS[app]._def.procedures as Record<
        string,
        { _def: { type: string; inputs: unknown[]; output?: unknown } }
      >;
      for (const [path, procedure] of Object.entries(procedures)) {
        expect.soft(procedure._def.inputs.length, `${app} ${path} input`).toBeGreaterThan(0);
        expect.soft(procedure._def.output, `${app} ${path} output`).toBeDefined();
        expect.soft(procedure._def.type, `${app} ${path} type`).toBe(table[path]?.type);
      }
    }
  });
});

describe.each(Object.keys(MATRIX) as SessionAudience[])("%s app", (app) => {
  describe.each(Object.keys(MATRIX[app]))("%s", (path) => {
    const entry = MATRIX[app][path]!;
    it.each(CALLERS)("as %s", async (caller) => {
      const world = await createWorld();
      const cookie = cookieFor(world, caller, app);
      const expected = entry.expect[caller];

      // Authorization is decided before the input is even read: no schema hints for outsiders.
      const invalidExpected =
        expected === "UNAUTHORIZED" || expected === "FORBIDDEN" ? expected : "BAD_REQUEST";
      const invalid = await call(app, path, entry.type, entry.invalidInput, { cookie });
      expect({ outcome: invalid.outcome, status: invalid.status }).toEqual({
        outcome: invalidExpected,
        status: HTTP_STATUS[invalidExpected],
      });

      const result = await call(app, path, entry.type, entry.input(world), { cookie });
      expect({ outcome: result.outcome, status: result.status }).toEqual({
        outcome: expected,
        status: HTTP_STATUS[expected],
      });
    });
  });
});

describe("request-level defences", () => {
  it("never lets a seeker read or withdraw another seeker's application", async () => {
    const world = await createWorld();
    const cookie = cookieFor(world, "seeker", "SEEKER");
    const input = { applicationId: world.otherApplicationId };
    const read = await call("SEEKER", "applications.get", "query", input, { cookie });
    expect(read.outcome).toBe("NOT_FOUND");
    const withdrawn = await call("SEEKER", "applications.withdraw", "mutation", input, { cookie });
    expect(withdrawn.outcome).toBe("NOT_FOUND");
    const listed = await call("SEEKER", "applications.list", "query", undefined, { cookie });
    expect(JSON.stringify(listed.json)).not.toContain(world.otherApplicationId);
    expect(
      await db.application.findUniqueOrThrow({ where: { id: world.otherApplicationId } }),
    ).toMatchObject({ status: "SUBMITTED" });
  });

  it("never lets a seeker read or answer another seeker's invitation", async () => {
    const world = await createWorld();
    const other = await createWorld();
    const cookie = cookieFor(world, "seeker", "SEEKER");
    const input = { invitationId: other.seekerInvitationId };
    for (const [path, type] of [
      ["invitations.get", "query"],
      ["invitations.accept", "mutation"],
      ["invitations.decline", "mutation"],
    ] as const) {
      expect((await call("SEEKER", path, type, input, { cookie })).outcome).toBe("NOT_FOUND");
    }
    const reported = await call(
      "SEEKER",
      "invitations.report",
      "mutation",
      { ...input, reason: "SPAM" },
      { cookie },
    );
    expect(reported.outcome).toBe("NOT_FOUND");
    const listed = await call("SEEKER", "invitations.list", "query", undefined, { cookie });
    expect(JSON.stringify(listed.json)).not.toContain(other.seekerInvitationId);
    expect(
      await db.invitation.findUniqueOrThrow({ where: { id: other.seekerInvitationId } }),
    ).toMatchObject({ status: "SENT" });
  });

  it("never shows a seeker another seeker's saved jobs, nor lets them unsave one", async () => {
    const world = await createWorld();
    const cookie = cookieFor(world, "seeker", "SEEKER");
    const other = await createSeeker(db);
    await saveJob(db, other.user.id, world.openJobId);
    const listed = await call("SEEKER", "jobs.saved.list", "query", undefined, { cookie });
    expect(listed.json).toMatchObject({ result: { data: { savedJobs: [] } } });
    const contains = await call(
      "SEEKER",
      "jobs.saved.contains",
      "query",
      { jobId: world.openJobId },
      { cookie },
    );
    expect(contains.json).toMatchObject({ result: { data: { saved: false } } });
    await call("SEEKER", "jobs.saved.unsave", "mutation", { jobId: world.openJobId }, { cookie });
    expect(
      await db.savedJob.count({ where: { jobId: world.openJobId, profileId: other.profile.id } }),
    ).toBe(1);
  });

  it("never shows a seeker another seeker's job alerts, nor lets them change or delete one", async () => {
    const world = await createWorld();
    const cookie = cookieFor(world, "seeker", "SEEKER");
    const other = await createSeeker(db);
    const theirs = await createJobAlert(db, other.user.id, {
      name: "Nurses in Tokyo",
      frequency: "WEEKLY",
      query: "nurse",
    });
    const listed = await call("SEEKER", "jobs.alerts.list", "query", undefined, { cookie });
    expect(JSON.stringify(listed.json)).not.toContain(theirs.id);
    const renamed = await call(
      "SEEKER",
      "jobs.alerts.rename",
      "mutation",
      { id: theirs.id, name: "Mine now" },
      { cookie },
    );
    expect(renamed.outcome).toBe("NOT_FOUND");
    const frequency = await call(
      "SEEKER",
      "jobs.alerts.setFrequency",
      "mutation",
      { id: theirs.id, frequency: "DAILY" },
      { cookie },
    );
    expect(frequency.outcome).toBe("NOT_FOUND");
    const deleted = await call(
      "SEEKER",
      "jobs.alerts.delete",
      "mutation",
      { id: theirs.id },
      { cookie },
    );
    expect(deleted.json).toMatchObject({ result: { data: { deleted: false } } });
    expect(await db.jobAlert.findUniqueOrThrow({ where: { id: theirs.id } })).toMatchObject({
      name: "Nurses in Tokyo",
      frequency: "WEEKLY",
    });
  });

  it("refuses a cross-origin POST before it reaches the procedure (CSRF)", async () => {
    const world = await createWorld();
    const email = `csrf.${crypto.randomUUID()}@example.test`;
    const input = { email, role: "OWNER" };
    const cookie = cookieFor(world, "owner", "EMPLOYER");
    const forged = await call("EMPLOYER", "members.invite", "mutation", input, {
      cookie,
      origin: "https://evil.example",
    });
    expect(forged.status).toBe(403);
    const noOrigin = await call("EMPLOYER", "members.invite", "mutation", input, {
      cookie,
      origin: null,
    });
    expect(noOrigin.status).toBe(403);
    expect(await db.memberInvitation.count({ where: { email } })).toBe(0);

    const sameOrigin = await call("EMPLOYER", "members.invite", "mutation", input, { cookie });
    expect(sameOrigin.status).toBe(200);
    expect(await db.memberInvitation.count({ where: { email } })).toBe(1);
  });

  it("never runs a mutation for a GET", async () => {
    const world = await createWorld();
    const cookie = cookieFor(world, "owner", "EMPLOYER");
    const result = await call(
      "EMPLOYER",
      "members.remove",
      "mutation",
      { memberId: world.recruiterAId },
      { cookie, method: "GET" },
    );
    expect(result.status).toBe(405);
    expect(await db.companyMember.count({ where: { id: world.recruiterAId } })).toBe(1);
  });

  it("treats a session id without its secret, or with a wrong one, as signed out", async () => {
    const world = await createWorld();
    const [id] = world.tokens.owner.split(".");
    const name = sessionCookieName("EMPLOYER", { secure: false });
    for (const token of [id, `${id}.${"a".repeat(32)}`, `${id}.`]) {
      const result = await call("EMPLOYER", "members.list", "query", undefined, {
        cookie: `${name}=${token}`,
      });
      expect(result.outcome).toBe("UNAUTHORIZED");
      expect(result.status).toBe(401);
    }
    // The real owner is not signed out by the attempts.
    const real = await call("EMPLOYER", "members.list", "query", undefined, {
      cookie: `${name}=${world.tokens.owner}`,
    });
    expect(real.status).toBe(200);
  });

  it("does not let a seeker cookie open the employer app, nor sign the seeker out", async () => {
    const world = await createWorld();
    const seekerCookie = `${sessionCookieName("SEEKER", { secure: false })}=${world.tokens.seeker}`;
    expect(
      (await call("EMPLOYER", "members.list", "query", undefined, { cookie: seekerCookie }))
        .outcome,
    ).toBe("UNAUTHORIZED");
    expect(
      (await call("SEEKER", "account.sessions", "query", undefined, { cookie: seekerCookie }))
        .outcome,
    ).toBe("ok");
  });

  it("maps domain errors to HTTP codes and keeps the domain code and retry time for the UI", async () => {
    const { company } = await createCompany(db, {
      plan: "free",
      slug: `matrix-f-${uniqueSuffix()}`,
    });
    const { user } = await createEmployerMember(db, { companyId: company.id, role: "OWNER" });
    const cookie = `${sessionCookieName("EMPLOYER", { secure: false })}=${await session(user.id, "EMPLOYER")}`;
    const unpaid = await call("EMPLOYER", "candidates.find", "query", { query: "" }, { cookie });
    expect(unpaid.status).toBe(402);
    expect(unpaid.json.error?.data).toMatchObject({
      code: "PAYMENT_REQUIRED",
      appCode: "PLAN_REQUIRED",
    });

    const { company: paying } = await createCompany(db, {
      plan: "standard",
      slug: `matrix-r-${uniqueSuffix()}`,
    });
    const recruiter = await createEmployerMember(db, { companyId: paying.id });
    const recruiterCookie = `${sessionCookieName("EMPLOYER", { secure: false })}=${await session(recruiter.user.id, "EMPLOYER")}`;
    let limited: Awaited<ReturnType<typeof call>> | undefined;
    for (let i = 0; i < 40 && !limited; i++) {
      const result = await call(
        "EMPLOYER",
        "candidates.find",
        "query",
        // Each one a new committed query: the same search again would not count (F12).
        { query: `welder ${i}` },
        { cookie: recruiterCookie },
      );
      if (result.status !== 200) limited = result;
    }
    expect(limited?.status).toBe(429);
    expect(limited?.json.error?.data).toMatchObject({
      code: "TOO_MANY_REQUESTS",
      appCode: "RATE_LIMITED",
    });
    expect(Number(limited?.headers.get("Retry-After"))).toBeGreaterThan(0);
  });

  it("ends only the caller's own sessions, and clears the cookie when the current one ends", async () => {
    const world = await createWorld();
    const name = sessionCookieName("SEEKER", { secure: false });
    const cookie = `${name}=${world.tokens.seeker}`;
    const [ownerSessionId] = world.tokens.owner.split(".");
    // Someone else's session id (taken from a list or guessed) ends nothing.
    const foreign = await call(
      "SEEKER",
      "account.revokeSession",
      "mutation",
      { sessionId: ownerSessionId },
      { cookie },
    );
    expect(foreign.json.result?.data).toEqual({ revoked: false });
    expect(
      (
        await call("EMPLOYER", "members.list", "query", undefined, {
          cookie: cookieFor(world, "owner", "EMPLOYER"),
        })
      ).status,
    ).toBe(200);

    const listed = await call("SEEKER", "account.sessions", "query", undefined, { cookie });
    expect(listed.json.result?.data).toEqual([
      expect.objectContaining({ id: world.tokens.seeker.split(".")[0], current: true }),
    ]);

    const ended = await call(
      "SEEKER",
      "account.signOutEverywhere",
      "mutation",
      { keepCurrent: false },
      { cookie },
    );
    expect(ended.json.result?.data).toEqual({ ended: 1 });
    expect(ended.headers.get("Set-Cookie")).toMatch(new RegExp(`^${name}=;.*Max-Age=0`));
    expect((await call("SEEKER", "account.sessions", "query", undefined, { cookie })).outcome).toBe(
      "UNAUTHORIZED",
    );
  });

  it("answers field errors for invalid input", async () => {
    const result = await call("SEEKER", "jobs.search", "query", {
      pageSize: 1000,
      filters: { location: "" },
    });
    expect(result.status).toBe(400);
    expect(Object.keys(result.json.error?.data.fieldErrors ?? {}).sort()).toEqual([
      "filters.location",
      "pageSize",
    ]);
  });

  it("hides what went wrong inside behind a generic message", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const unreachable = createDb("postgresql://tsunagu:secret-password@127.0.0.1:9/tsunagu");
    try {
      const world = await createWorld();
      const url = new URL(`${TRPC_ENDPOINT}/members.list`, APP_ORIGIN.EMPLOYER);
      const response = await handleTrpcRequest(
        new Request(url, {
          headers: {
            Cookie: `${sessionCookieName("EMPLOYER", { secure: false })}=${world.tokens.owner}`,
          },
        }),
        { audience: "EMPLOYER", appOrigin: APP_ORIGIN.EMPLOYER, db: unreachable },
      );
      const text = await response.text();
      expect(response.status).toBe(500);
      expect(JSON.parse(text)).toMatchObject({
        error: { message: "Something went wrong on our side. Please try again." },
      });
      expect(text).not.toMatch(/127\.0\.0\.1|secret-password|ECONNREFUSED|prisma|stack/i);
      const logged = errors.mock.calls.flat().join(" ");
      expect(logged).not.toMatch(/secret-password|127\.0\.0\.1/);
    } finally {
      await unreachable.$disconnect();
    }
  });
});
