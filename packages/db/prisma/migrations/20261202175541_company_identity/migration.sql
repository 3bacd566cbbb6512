-- AlterTable
ALTER TABLE "companies" ADD COLUMN     "corporate_number" CHAR(13),
ADD COLUMN     "registry_country" CHAR(2),
ADD COLUMN     "registry_id" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "companies_corporate_number_key" ON "companies"("corporate_number");

-- CreateIndex
CREATE UNIQUE INDEX "companies_registry_country_registry_id_key" ON "companies"("registry_country", "registry_id");

-- Japan's corporate number: 13 digits, the first a check digit over the other twelve
-- (National Tax Agency rule: 9 - (sum of digits weighted 1, 2, 1, 2… from the right) mod 9).
CREATE FUNCTION "corporate_number_is_valid"(n TEXT) RETURNS BOOLEAN
  LANGUAGE sql IMMUTABLE STRICT AS $$
    SELECT n ~ '^[1-9][0-9]{12}$' AND substr(n, 1, 1)::INT = 9 - (
      SELECT sum(substr(n, 14 - i, 1)::INT * (CASE WHEN i % 2 = 1 THEN 1 ELSE 2 END))
      FROM generate_series(1, 12) AS i
    )::INT % 9
  $$;

ALTER TABLE "companies" ADD CONSTRAINT "companies_corporate_number_check"
  CHECK ("corporate_number_is_valid"("corporate_number"));
-- A registry id needs its country, and the other way round.
ALTER TABLE "companies" ADD CONSTRAINT "companies_registry_check"
  CHECK (("registry_country" IS NULL) = ("registry_id" IS NULL));
