-- CreateEnum
CREATE TYPE "verification_method" AS ENUM ('ADMIN', 'DOMAIN_EMAIL');

-- AlterTable
ALTER TABLE "companies" ADD COLUMN     "review_flagged_at" TIMESTAMPTZ(3),
ADD COLUMN     "verification_method" "verification_method",
ADD COLUMN     "verified_at" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "company_domain_confirmations" (
    "id" UUID NOT NULL,
    "company_id" UUID NOT NULL,
    "member_id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "token_hash" BYTEA NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "confirmed_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "company_domain_confirmations_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "company_domain_confirmations_token_hash_key" ON "company_domain_confirmations"("token_hash");

-- CreateIndex
CREATE INDEX "company_domain_confirmations_company_id_idx" ON "company_domain_confirmations"("company_id");

-- CreateIndex
CREATE INDEX "company_domain_confirmations_member_id_idx" ON "company_domain_confirmations"("member_id");

-- AddForeignKey
ALTER TABLE "company_domain_confirmations" ADD CONSTRAINT "company_domain_confirmations_company_id_fkey" FOREIGN KEY ("company_id") REFERENCES "companies"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "company_domain_confirmations" ADD CONSTRAINT "company_domain_confirmations_member_id_fkey" FOREIGN KEY ("member_id") REFERENCES "company_members"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: method and time are set together.
ALTER TABLE "companies" ADD CONSTRAINT "companies_verification_pair"
  CHECK (("verified_at" IS NULL) = ("verification_method" IS NULL));

-- Companies that existed before F10 verification were admitted by the platform team by hand.
UPDATE "companies" SET "verified_at" = "created_at", "verification_method" = 'ADMIN';
