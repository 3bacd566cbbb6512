import { markInvoicePaid } from "@tsunagu/api";
import { createPlatformAdmin } from "@tsunagu/db/testing";
import {
  employerAccount,
  expect,
  expectAccessible,
  signIn,
  test,
} from "../../../../tests/e2e/fixtures";

test.describe("plans and billing (F11)", () => {
  test("an owner chooses a plan, pays its invoice, searches, and loses search when the period lapses", async ({
    page,
    db,
  }) => {
    test.setTimeout(120_000);
    const owner = await employerAccount(db, { plan: "free" });
    await signIn(page, owner.email);

    await page.getByRole("link", { name: "Billing", exact: true }).first().click();
    await expect(page).toHaveURL(/\/billing$/);
    const current = page.getByTestId("current-plan");
    await expect(current.getByRole("heading", { name: "Current plan: Free" })).toBeVisible();
    await expect(page.getByText("How plan changes work")).toBeVisible();
    await expect(
      page.getByText("A downgrade starts when the current period ends", { exact: false }),
    ).toBeVisible();
    const standard = page
      .getByRole("listitem")
      .filter({ has: page.getByRole("heading", { name: "Standard" }) });
    await expect(standard.getByText(/49,800/)).toBeVisible();
    await expect(standard.getByText("Seats: 5")).toBeVisible();
    await expectAccessible(page);

    // Choosing Standard issues an open invoice; the plan waits for it.
    await standard.getByRole("button", { name: "Choose Standard" }).click();
    await expect(page.getByText(/Invoice TSU-\d{4}-\d{6,} was issued/)).toBeVisible();
    await expect(current.getByText("Waiting for payment")).toBeVisible();
    await expect(current.getByText("Pending payment")).toBeVisible();
    const invoice = await db.invoice.findFirstOrThrow({
      where: { companyId: owner.company.id, status: "OPEN" },
    });
    const row = page.getByRole("row").filter({ hasText: invoice.number });
    await expect(row.getByText("Open")).toBeVisible();
    await expectAccessible(page);

    // The printable invoice: number, amount in yen, and how to pay it.
    await row.getByRole("link", { name: `View invoice ${invoice.number}` }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: `Invoice ${invoice.number}` }),
    ).toBeVisible();
    await expect(page.getByText(owner.company.name)).toBeVisible();
    await expect(page.getByTestId("invoice-total")).toHaveText(/49,800/);
    await expect(page.getByRole("heading", { name: "How to pay" })).toBeVisible();
    await expect(
      page.getByText(`give the invoice number ${invoice.number}`, { exact: false }),
    ).toBeVisible();
    await expectAccessible(page);

    // Search stays closed until the invoice is paid.
    await page.goto("/search");
    await expect(page.getByText("Resume search needs a paid plan")).toBeVisible();

    // The platform team marks the transfer as received.
    const admin = await createPlatformAdmin(db);
    await markInvoicePaid(db, admin.id, invoice.id);

    await page.goto("/billing");
    await expect(current.getByRole("heading", { name: "Current plan: Standard" })).toBeVisible();
    await expect(current.getByText("Active", { exact: true }).first()).toBeVisible();
    await expect(current.getByText(/Paid until/)).toBeVisible();
    await expect(page.getByRole("meter", { name: "Your searches today" })).toHaveAttribute(
      "aria-valuemax",
      "200",
    );
    await expect(
      page.getByRole("row").filter({ hasText: invoice.number }).getByText("Paid"),
    ).toBeVisible();

    await page.getByRole("link", { name: "Search", exact: true }).first().click();
    await expect(page).toHaveURL(/\/search/);
    await expect(page.getByText(/Searches left today: \d+ of 200/)).toBeVisible();
    await expect(page.getByText("Resume search needs a paid plan")).toHaveCount(0);

    // The period ends without payment for the next one: search closes at once.
    await db.subscription.update({
      where: { companyId: owner.company.id },
      data: {
        currentPeriodStart: new Date(Date.now() - 31 * 86_400_000),
        currentPeriodEnd: new Date(Date.now() - 60_000),
      },
    });
    await page.goto("/search");
    await expect(page.getByText("Resume search needs a paid plan")).toBeVisible();

    // The billing page explains it and shows the renewal invoice to pay.
    await page.goto("/billing");
    await expect(current.getByText("Payment overdue")).toBeVisible();
    await expect(page.getByRole("row").filter({ hasText: "Open" })).toHaveCount(1);
  });

  test("a downgrade is refused with the numbers when the team is too big, and works at 375 px", async ({
    page,
    db,
  }) => {
    const owner = await employerAccount(db, { plan: "pro" });
    for (let i = 0; i < 5; i++) {
      await db.user.create({
        data: {
          email: `billing.member.${owner.company.id}.${i}@employer.example.test`,
          kind: "EMPLOYER",
          membership: {
            create: { companyId: owner.company.id, role: "RECRUITER", displayName: `Member ${i}` },
          },
        },
      });
    }
    await page.setViewportSize({ width: 375, height: 800 });
    await signIn(page, owner.email);
    await page.goto("/billing");
    await page.getByRole("button", { name: "Change to Standard when the period ends" }).click();
    await expect(
      page.getByText(
        "Your company has 6 members but the Standard plan has 5 seats. Remove 1 members first, then change the plan.",
      ),
    ).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);

    // Cancelling keeps the plan to the period's end, and can be undone.
    await page.getByRole("button", { name: "Cancel the plan" }).click();
    await expect(page.getByText(/The plan is cancelled and stays until/)).toBeVisible();
    await expect(page.getByTestId("scheduled-change")).toContainText(
      "then the company moves to the free plan",
    );
    await page.getByRole("button", { name: "Keep the current plan" }).click();
    await expect(
      page.getByText("The scheduled change was undone; the plan continues."),
    ).toBeVisible();
    await expect(page.getByTestId("scheduled-change")).toHaveCount(0);
  });
});

test("the Stripe webhook takes POST only, and is closed while billing is by manual invoice", async ({
  request,
}) => {
  expect((await request.get("/webhooks/stripe")).status()).toBe(405);
  const posted = await request.post("/webhooks/stripe", {
    data: JSON.stringify({ id: "evt_1", type: "invoice.paid" }),
    headers: { "Stripe-Signature": "t=1,v1=forged", "Content-Type": "application/json" },
  });
  expect(posted.status()).toBe(404);
});
