import { expect, test } from "../../../../tests/e2e/fixtures";

/** F9 in the employer app: the same banner and policy, listing this app's own cookies. */
test("an employer visitor accepts optional cookies and finds the app's cookies in the policy", async ({
  page,
  context,
}) => {
  await page.goto("/");
  const choice = page.getByRole("region", { name: "Cookie choice" });
  await expect(choice.getByRole("button", { name: "Decline optional cookies" })).toBeVisible();
  await choice.getByRole("button", { name: "Accept optional cookies" }).click();
  await expect(page.getByRole("region", { name: "Cookie choice" })).toHaveCount(0);
  const jar = await context.cookies();
  expect(jar.find((cookie) => cookie.name === "tsunagu_cookie_choice")?.value).toBe("accepted");

  await page.getByRole("link", { name: "Cookie settings" }).click();
  await expect(page.getByText("You accepted optional cookies.")).toBeVisible();
  const policy = page.getByRole("region", { name: "Every cookie of this site" });
  await expect(policy).toContainText("tsunagu_employer");
  await expect(policy).toContainText("candidate_purpose");
  await expect(policy).toContainText("30 minutes");
  // Sign-in and sign-up with a provider set their cookies here too.
  await expect(policy).toContainText("tsunagu_oauth");
  await expect(policy).toContainText("tsunagu_oauth_pending");
});
