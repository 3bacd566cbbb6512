-- AlterTable
ALTER TABLE "networking_cards" ADD COLUMN     "search_engines_allowed" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "domain_blocks" (
    "id" UUID NOT NULL,
    "profile_id" UUID NOT NULL,
    "domain" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "domain_blocks_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "pending_company_blocks" (
    "id" UUID NOT NULL,
    "profile_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "pending_company_blocks_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "domain_blocks_profile_id_domain_key" ON "domain_blocks"("profile_id", "domain");

-- CreateIndex
CREATE UNIQUE INDEX "pending_company_blocks_profile_id_name_key" ON "pending_company_blocks"("profile_id", "name");

-- AddForeignKey
ALTER TABLE "domain_blocks" ADD CONSTRAINT "domain_blocks_profile_id_fkey" FOREIGN KEY ("profile_id") REFERENCES "seeker_profiles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "pending_company_blocks" ADD CONSTRAINT "pending_company_blocks_profile_id_fkey" FOREIGN KEY ("profile_id") REFERENCES "seeker_profiles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A blocked domain is stored as the member side compares it: lower case, labels of letters,
-- digits and hyphens, at least one dot, no leading or trailing dot.
ALTER TABLE "domain_blocks" ADD CONSTRAINT "domain_blocks_domain_check"
  CHECK ("domain" ~ '^([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z0-9]([a-z0-9-]*[a-z0-9])?$' AND length("domain") <= 253);
ALTER TABLE "pending_company_blocks" ADD CONSTRAINT "pending_company_blocks_name_check"
  CHECK (length(btrim("name")) BETWEEN 1 AND 200);

-- R3: a domain block changes who the resume is hidden from inside the search (R10).
CREATE TRIGGER "search_outbox_domain_blocks" AFTER INSERT OR UPDATE OR DELETE ON "domain_blocks"
  FOR EACH ROW EXECUTE FUNCTION "search_outbox_resume_part"();

-- F3: the current employer from the work history is blocked by default, whatever path saved
-- the experience. Only when a row becomes "current at a platform company" (insert, or an update
-- that sets is_current or changes company_id), so a block the seeker removed stays removed
-- while the experience is edited otherwise.
CREATE FUNCTION "block_current_employer"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."is_current" AND NEW."company_id" IS NOT NULL
     AND (TG_OP = 'INSERT' OR NOT OLD."is_current" OR OLD."company_id" IS DISTINCT FROM NEW."company_id") THEN
    INSERT INTO "company_blocks" ("id", "profile_id", "company_id", "is_current_employer")
    VALUES (gen_random_uuid(), NEW."profile_id", NEW."company_id", true)
    ON CONFLICT ("profile_id", "company_id") DO NOTHING;
  END IF;
  RETURN NULL;
END;
$$;
CREATE TRIGGER "block_current_employer" AFTER INSERT OR UPDATE OF "is_current", "company_id" ON "work_experiences"
  FOR EACH ROW EXECUTE FUNCTION "block_current_employer"();
