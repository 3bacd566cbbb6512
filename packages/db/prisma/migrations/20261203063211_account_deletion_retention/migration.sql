-- AlterEnum
ALTER TYPE "email_suppression_reason" ADD VALUE 'ACCOUNT_DELETED';

-- AlterTable
ALTER TABLE "data_subject_requests" ADD COLUMN     "retain_until" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "email_suppressions" ADD COLUMN     "expires_at" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "provision_records" (
    "id" UUID NOT NULL,
    "subject_ref" TEXT NOT NULL,
    "company_id" UUID,
    "company_name" TEXT NOT NULL,
    "kind" "disclosure_kind" NOT NULL,
    "purpose" TEXT NOT NULL,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL,
    "retain_until" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "provision_records_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "provision_records_subject_ref_idx" ON "provision_records"("subject_ref");

-- CreateIndex
CREATE INDEX "provision_records_retain_until_idx" ON "provision_records"("retain_until");

-- CreateIndex
CREATE INDEX "data_subject_requests_retain_until_idx" ON "data_subject_requests"("retain_until");

-- CreateIndex
CREATE INDEX "email_suppressions_expires_at_idx" ON "email_suppressions"("expires_at");
