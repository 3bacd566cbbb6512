-- AlterEnum
ALTER TYPE "email_category" ADD VALUE 'RESUME_REMINDERS';

-- AlterTable
ALTER TABLE "outbound_emails" ADD COLUMN     "idempotency_key" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "outbound_emails_idempotency_key_key" ON "outbound_emails"("idempotency_key");
