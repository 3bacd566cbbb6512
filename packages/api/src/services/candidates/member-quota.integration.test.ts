import { afterAll, describe, expect, it } from "vitest";
import { createDb } from "@tsunagu/db";
import { createCompany, createEmployerMember } from "@tsunagu/db/testing";
import { consumeMemberQuota } from "./member-quota";

const db = createDb(process.env.DATABASE_URL!);

afterAll(async () => {
  await db.$disconnect();
});

async function member() {
  const { company } = await createCompany(db, { plan: "standard" });
  const { member } = await createEmployerMember(db, { companyId: company.id });
  return { memberId: member.id, companyId: company.id };
}

const windows = [
  { unit: "minute", limit: 3 },
  { unit: "day", limit: 5 },
] as const;

describe("consumeMemberQuota", () => {
  it("counts correctly in the first minute of a UTC day, when both windows start together", async () => {
    const who = await member();
    const search = (now: string) =>
      consumeMemberQuota(db, {
        ...who,
        metric: "RESUME_SEARCH",
        windows: [...windows],
        now: new Date(now),
      });
    for (let i = 0; i < 3; i++) await search("2026-11-23T00:00:10Z");
    await expect(search("2026-11-23T00:00:20Z")).rejects.toMatchObject({
      code: "RATE_LIMITED",
      retryAfterSeconds: 40,
    });
    // The refused search still counted; the day now holds 4 of 5.
    await search("2026-11-23T00:01:00Z");
    await expect(search("2026-11-23T00:02:00Z")).rejects.toMatchObject({ code: "RATE_LIMITED" });
  });
});
