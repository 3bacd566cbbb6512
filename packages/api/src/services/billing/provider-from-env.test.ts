import { describe, expect, it } from "vitest";
import { billingConfigFromEnv } from "./provider-from-env";

describe("billingConfigFromEnv", () => {
  it("bills by manual invoice unless both Stripe variables are set", () => {
    expect(billingConfigFromEnv({}).provider.kind).toBe("MANUAL_INVOICE");
    expect(
      billingConfigFromEnv({ STRIPE_SECRET_KEY: "", STRIPE_WEBHOOK_SECRET: "" }).webhookSecret,
    ).toBeNull();
    const stripe = billingConfigFromEnv({
      STRIPE_SECRET_KEY: "sk_test_123",
      STRIPE_WEBHOOK_SECRET: "whsec_123",
    });
    expect(stripe.provider.kind).toBe("STRIPE");
    expect(stripe.webhookSecret).toBe("whsec_123");
  });

  it("stops on a half-set or malformed pair, naming the variable and never its value", () => {
    expect(() => billingConfigFromEnv({ STRIPE_SECRET_KEY: "sk_test_123" })).toThrow(
      /STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET/,
    );
    let message = "";
    try {
      billingConfigFromEnv({ STRIPE_SECRET_KEY: "pk_live_oops", STRIPE_WEBHOOK_SECRET: "whsec_1" });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/STRIPE_SECRET_KEY/);
    expect(message).not.toContain("pk_live_oops");
  });
});
