import { createDb } from "@tsunagu/db";
import { createCompany, createEmployerMember } from "@tsunagu/db/testing";
import { SAVED_SEARCHES_PER_MEMBER } from "@tsunagu/schemas/saved-searches";
import { afterAll, describe, expect, it } from "vitest";
import {
  createSavedSearch,
  deleteSavedSearch,
  listSavedSearches,
  renameSavedSearch,
  setSavedSearchAlert,
} from "./saved-searches";

const db = createDb(process.env.DATABASE_URL!);

afterAll(async () => {
  await db.$disconnect();
});

async function company() {
  const { company } = await createCompany(db, { plan: "pro" });
  const member = async (role: "OWNER" | "RECRUITER" = "RECRUITER") => {
    const { member } = await createEmployerMember(db, { companyId: company.id, role });
    return { companyId: company.id, memberId: member.id };
  };
  return { member };
}

describe("saved searches (F12)", () => {
  it("saves the search page's query string and gives it back as the same search", async () => {
    const me = await (await company()).member();
    const saved = await createSavedSearch(db, me, {
      name: "  Welders in Osaka  ",
      search: "q=welder&languages=ja&jlptAtLeast=3&desiredLocations=JP-27&sort=recent&page=4",
    });
    expect(saved).toMatchObject({
      name: "Welders in Osaka",
      query: "welder",
      filters: { languages: ["ja"], jlptAtLeast: 3, desiredLocations: ["JP-27"] },
      sort: "recent",
      alertFrequency: "OFF",
      lastAlertedAt: null,
    });
    // "Run" opens the first page of the same search.
    expect(saved.search).toBe(
      "q=welder&languages=ja&desiredLocations=JP-27&jlptAtLeast=3&sort=recent",
    );
    expect((await listSavedSearches(db, me)).map((s) => s.id)).toEqual([saved.id]);
  });

  it("keeps names unique per member, ignoring case, and lets a colleague use the same name", async () => {
    const acme = await company();
    const [me, colleague] = await Promise.all([acme.member(), acme.member()]);
    const first = await createSavedSearch(db, me, { name: "Caregivers", search: "q=kaigo" });
    await expect(
      createSavedSearch(db, me, { name: "caregivers", search: "q=care" }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      fieldProblem: { field: "name", key: "savedSearchNameTaken" },
    });
    await expect(
      createSavedSearch(db, colleague, { name: "Caregivers", search: "" }),
    ).resolves.toMatchObject({
      name: "Caregivers",
    });
    const second = await createSavedSearch(db, me, { name: "Cooks", search: "q=cook" });
    await expect(
      renameSavedSearch(db, me, { id: second.id, name: "CAREGIVERS" }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
    });
    // Renaming to its own name in another case is not a clash with itself.
    await expect(
      renameSavedSearch(db, me, { id: first.id, name: "CAREGIVERS" }),
    ).resolves.toMatchObject({
      name: "CAREGIVERS",
    });
  });

  it(`stops at ${SAVED_SEARCHES_PER_MEMBER} per member with a clear reason, also when saves race`, async () => {
    const acme = await company();
    const me = await acme.member();
    await db.savedSearch.createMany({
      data: Array.from({ length: SAVED_SEARCHES_PER_MEMBER - 2 }, (_, i) => ({
        companyId: me.companyId,
        memberId: me.memberId,
        name: `Search ${i}`,
      })),
    });
    const racing = await Promise.allSettled(
      [1, 2, 3, 4].map((i) =>
        createSavedSearch(db, me, { name: `Racing ${i}`, search: `q=x${i}` }),
      ),
    );
    expect(racing.filter((r) => r.status === "fulfilled")).toHaveLength(2);
    const refused = racing.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining(`at most ${SAVED_SEARCHES_PER_MEMBER} saved searches`),
      fieldProblem: { key: "savedSearchLimit" },
    });
    expect(await db.savedSearch.count({ where: { memberId: me.memberId } })).toBe(
      SAVED_SEARCHES_PER_MEMBER,
    );
    // A colleague has a limit of their own.
    await expect(
      createSavedSearch(db, await acme.member(), { name: "Mine", search: "" }),
    ).resolves.toBeDefined();
    // Deleting one makes room again.
    const [oldest] = (await listSavedSearches(db, me)).slice(-1);
    await deleteSavedSearch(db, me, { id: oldest!.id });
    await expect(
      createSavedSearch(db, me, { name: "One more", search: "" }),
    ).resolves.toBeDefined();
  });

  it("is the member's own: colleagues, their owner and other companies neither see nor change it", async () => {
    const acme = await company();
    const [me, owner, other] = await Promise.all([
      acme.member(),
      acme.member("OWNER"),
      (await company()).member("OWNER"),
    ]);
    const mine = await createSavedSearch(db, me, {
      name: "Night-shift drivers",
      search: "q=driver",
    });
    for (const stranger of [owner, other]) {
      expect(await listSavedSearches(db, stranger)).toEqual([]);
      await expect(
        renameSavedSearch(db, stranger, { id: mine.id, name: "Taken" }),
      ).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
      await expect(
        setSavedSearchAlert(db, stranger, { id: mine.id, alertFrequency: "DAILY" }),
      ).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(deleteSavedSearch(db, stranger, { id: mine.id })).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
    }
    // A member id of this company with another company's id is no way in either.
    await expect(
      listSavedSearches(db, { companyId: other.companyId, memberId: me.memberId }),
    ).resolves.toEqual([]);
    const untouched = await db.savedSearch.findUniqueOrThrow({ where: { id: mine.id } });
    expect(untouched).toMatchObject({ name: "Night-shift drivers", alertFrequency: "OFF" });
  });

  it("starts an alert's clock when it is turned on, keeps it when the frequency changes", async () => {
    const me = await (await company()).member();
    const saved = await createSavedSearch(db, me, { name: "Cooks", search: "q=cook" });
    const on = new Date("2026-12-01T09:00:00Z");
    const daily = await setSavedSearchAlert(db, me, { id: saved.id, alertFrequency: "DAILY" }, on);
    expect(daily).toMatchObject({ alertFrequency: "DAILY", lastAlertedAt: on });
    const weekly = await setSavedSearchAlert(
      db,
      me,
      { id: saved.id, alertFrequency: "WEEKLY" },
      new Date("2026-12-02T09:00:00Z"),
    );
    expect(weekly).toMatchObject({ alertFrequency: "WEEKLY", lastAlertedAt: on });
    const off = await setSavedSearchAlert(db, me, { id: saved.id, alertFrequency: "OFF" });
    expect(off.alertFrequency).toBe("OFF");
  });

  it("deletes, and a second delete says it is gone", async () => {
    const me = await (await company()).member();
    const saved = await createSavedSearch(db, me, { name: "Temporary", search: "" });
    await expect(deleteSavedSearch(db, me, { id: saved.id })).resolves.toEqual({ deleted: true });
    await expect(deleteSavedSearch(db, me, { id: saved.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await listSavedSearches(db, me)).toEqual([]);
  });
});
