import {
  expect,
  expectAccessible,
  seekerAccount,
  signIn,
  test,
} from "../../../../tests/e2e/fixtures";

test.describe("skills picked from the shared taxonomy", () => {
  test("in Vietnamese, typing han suggests Hàn (welding) and arrow-down + Enter fills it", async ({
    page,
    db,
  }) => {
    const seeker = await seekerAccount(db, { resume: "full", locale: "vi" });
    await signIn(page, seeker.email);
    await page.goto("/resume/skills?lng=vi");
    // A row the seeded resume already has: the combobox replaces its plain text input.
    const skill = page.getByRole("combobox", { name: /^Kỹ năng/ }).first();
    await skill.fill("");
    await skill.pressSequentially("han");
    const listbox = page.getByRole("listbox");
    await expect(listbox.getByRole("option", { name: "Hàn", exact: true })).toBeVisible();
    await expect(skill).toHaveAttribute("aria-expanded", "true");
    await expectAccessible(page);

    await skill.press("ArrowDown");
    await expect(skill).toHaveAttribute("aria-activedescendant", /.+/);
    await skill.press("Enter");
    await expect(skill).toHaveValue("Hàn");
    await expect(listbox).toBeHidden();
  });

  test("in Japanese, typing 溶 suggests 溶接", async ({ page, db }) => {
    const seeker = await seekerAccount(db, { resume: "full", locale: "ja" });
    await signIn(page, seeker.email);
    await page.goto("/resume/skills?lng=ja");
    const skill = page.getByRole("combobox", { name: /^スキル/ }).first();
    await skill.fill("溶");
    await expect(page.getByRole("listbox").getByRole("option", { name: "溶接", exact: true })).toBeVisible();
    await expectAccessible(page);
  });

  test("the suggestions endpoint answers in the asked language, cached, and refuses bad queries", async ({
    request,
  }) => {
    const answer = await request.get("/api/concepts?q=weld&kind=skill&lng=vi");
    expect(answer.status()).toBe(200);
    expect(answer.headers()["cache-control"]).toBe("public, max-age=3600");
    const found = (await answer.json()) as { id: string; label: string; matched: string | null }[];
    expect(found[0]).toEqual({ id: "skill.welding", label: "Hàn", matched: "Welding" });
    expect(found.length).toBeLessThanOrEqual(8);
    expect((await request.get(`/api/concepts?q=${"a".repeat(101)}`)).status()).toBe(400);
  });
});
