-- A profile made without preferences (every sign-up) stored NULL in both lists; Prisma reads
-- a list as an array, so the resume projection failed on NULL and such a resume could be
-- neither previewed nor indexed. Empty lists from now on, and for the rows already written.
ALTER TABLE "seeker_profiles" ALTER COLUMN "desired_job_types" SET DEFAULT ARRAY[]::"employment_type"[],
ALTER COLUMN "desired_locations" SET DEFAULT ARRAY[]::TEXT[];

UPDATE "seeker_profiles" SET "desired_job_types" = ARRAY[]::"employment_type"[]
  WHERE "desired_job_types" IS NULL;
UPDATE "seeker_profiles" SET "desired_locations" = ARRAY[]::TEXT[]
  WHERE "desired_locations" IS NULL;
