-- AlterTable
ALTER TABLE "invoices" ADD COLUMN     "plan_id" UUID;

-- AlterTable
ALTER TABLE "subscriptions" ADD COLUMN     "cancel_at_period_end" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "last_provider_event_at" TIMESTAMPTZ(3),
ADD COLUMN     "scheduled_plan_id" UUID;

-- CreateIndex
CREATE INDEX "invoices_plan_id_idx" ON "invoices"("plan_id");

-- CreateIndex
CREATE INDEX "subscriptions_scheduled_plan_id_idx" ON "subscriptions"("scheduled_plan_id");

-- AddForeignKey
ALTER TABLE "subscriptions" ADD CONSTRAINT "subscriptions_scheduled_plan_id_fkey" FOREIGN KEY ("scheduled_plan_id") REFERENCES "plans"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_plan_id_fkey" FOREIGN KEY ("plan_id") REFERENCES "plans"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written: a cancelled subscription has no downgrade waiting as well.
ALTER TABLE "subscriptions" ADD CONSTRAINT "subscriptions_one_scheduled_change"
  CHECK (NOT ("cancel_at_period_end" AND "scheduled_plan_id" IS NOT NULL));

-- Invoices issued before F11 paid for the plan their subscription is on.
UPDATE "invoices" AS i SET "plan_id" = s."plan_id"
  FROM "subscriptions" AS s WHERE i."subscription_id" = s."id" AND i."plan_id" IS NULL;
