-- Hand-written (Prisma's schema language cannot express CHECK constraints; its diff ignores
-- them, so they cause no drift).
--
-- The init migration enforced these invariants with row triggers because the offline schema
-- engine could not yet introspect CHECK constraints through the pg adapter. It can now, so they
-- become what they are: declarative constraints, visible in \d, cheaper than plpgsql per row.
-- The append-only guard of consent_events stays a trigger: it depends on other rows.

DROP TRIGGER "users_invariants" ON "users";
DROP TRIGGER "seeker_profiles_invariants" ON "seeker_profiles";
DROP TRIGGER "work_experiences_invariants" ON "work_experiences";
DROP TRIGGER "educations_invariants" ON "educations";
DROP TRIGGER "language_skills_invariants" ON "language_skills";
DROP TRIGGER "companies_slug" ON "companies";
DROP TRIGGER "networking_cards_slug" ON "networking_cards";
DROP TRIGGER "recruiting_areas_slug" ON "recruiting_areas";
DROP TRIGGER "recruiting_areas_invariants" ON "recruiting_areas";
DROP TRIGGER "jobs_invariants" ON "jobs";
DROP TRIGGER "invitations_invariants" ON "invitations";
DROP TRIGGER "applications_invariants" ON "applications";
DROP TRIGGER "uploads_invariants" ON "uploads";
DROP TRIGGER "plans_invariants" ON "plans";
DROP FUNCTION "users_invariants"();
DROP FUNCTION "seeker_profiles_invariants"();
DROP FUNCTION "work_experiences_invariants"();
DROP FUNCTION "educations_invariants"();
DROP FUNCTION "language_skills_invariants"();
DROP FUNCTION "slug_invariants"();
DROP FUNCTION "recruiting_areas_invariants"();
DROP FUNCTION "jobs_invariants"();
DROP FUNCTION "invitations_invariants"();
DROP FUNCTION "applications_invariants"();
DROP FUNCTION "uploads_invariants"();
DROP FUNCTION "plans_invariants"();
DROP FUNCTION "raise_check_violation"(text, text);

-- Emails are stored normalised so the unique index is case-insensitive: a forgotten
-- normalisation fails loudly instead of creating a twin account.
ALTER TABLE "users" ADD CONSTRAINT "users_email_normalised_check"
  CHECK ("email" = lower(btrim("email")) AND "email" LIKE '%_@_%');

ALTER TABLE "seeker_profiles" ADD CONSTRAINT "seeker_profiles_desired_salary_check"
  CHECK ("desired_salary_min" >= 0 AND "desired_salary_min" <= "desired_salary_max");

-- A current job has no end date, a past job has one, and nothing ends before it starts.
ALTER TABLE "work_experiences" ADD CONSTRAINT "work_experiences_dates_check"
  CHECK ("is_current" = ("end_date" IS NULL) AND ("end_date" IS NULL OR "end_date" >= "start_date"));

ALTER TABLE "educations" ADD CONSTRAINT "educations_dates_check"
  CHECK ("end_date" IS NULL OR "start_date" IS NULL OR "end_date" >= "start_date");

-- Languages are ISO 639 codes; JLPT certifies Japanese only.
ALTER TABLE "language_skills" ADD CONSTRAINT "language_skills_language_check"
  CHECK ("language" ~ '^[a-z]{2,3}$');
ALTER TABLE "language_skills" ADD CONSTRAINT "language_skills_jlpt_japanese_check"
  CHECK ("level"::text NOT LIKE 'JLPT\_%' OR "language" = 'ja');

ALTER TABLE "skills" ADD CONSTRAINT "skills_years_check" CHECK ("years" >= 0 AND "years" <= 70);

-- Slugs appear in public URLs.
ALTER TABLE "companies" ADD CONSTRAINT "companies_slug_check"
  CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$');
ALTER TABLE "recruiting_areas" ADD CONSTRAINT "recruiting_areas_slug_check"
  CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$');
ALTER TABLE "networking_cards" ADD CONSTRAINT "networking_cards_slug_check"
  CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$');

ALTER TABLE "recruiting_areas" ADD CONSTRAINT "recruiting_areas_colours_check"
  CHECK ("primary_color" ~ '^#[0-9a-fA-F]{6}$' AND "accent_color" ~ '^#[0-9a-fA-F]{6}$');
-- An EEO aggregate over fewer than two answers identifies a person by construction.
ALTER TABLE "recruiting_areas" ADD CONSTRAINT "recruiting_areas_eeo_min_group_size_check"
  CHECK ("eeo_min_group_size" >= 2);

ALTER TABLE "plans" ADD CONSTRAINT "plans_limits_check"
  CHECK ("monthly_price" >= 0 AND "seats" >= 1 AND "searches_per_day" >= 0
    AND "searches_per_minute" >= 0 AND "result_cap_per_query" >= 0 AND "invitations_per_month" >= 0);

ALTER TABLE "subscriptions" ADD CONSTRAINT "subscriptions_period_check"
  CHECK ("current_period_end" > "current_period_start");
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_amount_check"
  CHECK ("amount" >= 0 AND "period_end" > "period_start" AND ("status" <> 'PAID' OR "paid_at" IS NOT NULL));

ALTER TABLE "usage_counters" ADD CONSTRAINT "usage_counters_count_check" CHECK ("count" >= 0);
ALTER TABLE "member_usage_counters" ADD CONSTRAINT "member_usage_counters_count_check" CHECK ("count" >= 0);

ALTER TABLE "jobs" ADD CONSTRAINT "jobs_salary_check"
  CHECK ("salary_min" >= 0 AND "salary_min" <= "salary_max");
-- Job search sorts by publication date; a job seekers can see always has one.
ALTER TABLE "jobs" ADD CONSTRAINT "jobs_published_check"
  CHECK ("status" = 'DRAFT' OR "published_at" IS NOT NULL);

-- F13: an invitation states a real salary range, and has an answer date exactly when answered.
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_salary_check"
  CHECK ("salary_min" > 0 AND "salary_min" <= "salary_max");
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_responded_check"
  CHECK (("status" IN ('SENT', 'EXPIRED')) = ("responded_at" IS NULL));

-- F14: a rejected applicant who did not opt into the talent pool is scheduled for deletion.
ALTER TABLE "applications" ADD CONSTRAINT "applications_retention_check"
  CHECK ("status" <> 'REJECTED' OR "talent_pool_opt_in" OR "scheduled_deletion_at" IS NOT NULL);

-- Every file has exactly one owner, so deleting that owner finds it (R6).
ALTER TABLE "uploads" ADD CONSTRAINT "uploads_single_owner_check"
  CHECK (num_nonnulls("owner_user_id", "company_id") = 1 AND "byte_size" >= 0);

ALTER TABLE "search_outbox_events" ADD CONSTRAINT "search_outbox_events_attempts_check"
  CHECK ("attempts" >= 0);

ALTER TABLE "data_subject_requests" ADD CONSTRAINT "data_subject_requests_due_check"
  CHECK ("due_at" >= "received_at");
