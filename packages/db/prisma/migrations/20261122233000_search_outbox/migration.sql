-- AlterTable
ALTER TABLE "seeker_profiles" ADD COLUMN     "search_key" UUID NOT NULL DEFAULT gen_random_uuid();

-- CreateIndex
CREATE UNIQUE INDEX "seeker_profiles_search_key_key" ON "seeker_profiles"("search_key");

-- R3: every change that can affect what the search index holds writes an outbox event in the
-- same transaction, from the database itself, so no code path can forget it. RESUME events
-- carry the profile's search key (the document id), so a deleted profile's document can still
-- be removed; JOB events carry the job id.
CREATE FUNCTION "search_outbox_enqueue"(kind "search_aggregate_kind", aggregate uuid, why text)
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "search_outbox_events" ("aggregate_kind", "aggregate_id", "reason")
  VALUES (kind, aggregate, why);
  -- Identical notifications in one transaction are folded into one by PostgreSQL.
  PERFORM pg_notify('search_outbox', kind::text);
END;
$$;

CREATE FUNCTION "search_outbox_profile"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM "search_outbox_enqueue"('RESUME', OLD."search_key", 'profile.deleted');
    RETURN OLD;
  END IF;
  IF TG_OP = 'UPDATE' AND OLD."search_key" <> NEW."search_key" THEN
    -- A rotated key retires the old document.
    PERFORM "search_outbox_enqueue"('RESUME', OLD."search_key", 'profile.search_key_rotated');
  END IF;
  PERFORM "search_outbox_enqueue"('RESUME', NEW."search_key", 'profile.' || lower(TG_OP));
  RETURN NEW;
END;
$$;
CREATE TRIGGER "search_outbox_profile" AFTER INSERT OR UPDATE OR DELETE ON "seeker_profiles"
  FOR EACH ROW EXECUTE FUNCTION "search_outbox_profile"();

-- Rows that belong to a resume. When the profile itself is being deleted the lookup finds
-- nothing, and the profile's own trigger has already enqueued the deletion.
CREATE FUNCTION "search_outbox_resume_part"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  key uuid;
BEGIN
  SELECT "search_key" INTO key FROM "seeker_profiles"
  WHERE "id" = (CASE WHEN TG_OP = 'DELETE' THEN OLD."profile_id" ELSE NEW."profile_id" END);
  IF key IS NOT NULL THEN
    PERFORM "search_outbox_enqueue"('RESUME', key, TG_TABLE_NAME || '.' || lower(TG_OP));
  END IF;
  IF TG_OP = 'UPDATE' AND OLD."profile_id" <> NEW."profile_id" THEN
    SELECT "search_key" INTO key FROM "seeker_profiles" WHERE "id" = OLD."profile_id";
    IF key IS NOT NULL THEN
      PERFORM "search_outbox_enqueue"('RESUME', key, TG_TABLE_NAME || '.moved');
    END IF;
  END IF;
  RETURN NULL;
END;
$$;
CREATE TRIGGER "search_outbox_work_experiences" AFTER INSERT OR UPDATE OR DELETE ON "work_experiences"
  FOR EACH ROW EXECUTE FUNCTION "search_outbox_resume_part"();
CREATE TRIGGER "search_outbox_educations" AFTER INSERT OR UPDATE OR DELETE ON "educations"
  FOR EACH ROW EXECUTE FUNCTION "search_outbox_resume_part"();
CREATE TRIGGER "search_outbox_language_skills" AFTER INSERT OR UPDATE OR DELETE ON "language_skills"
  FOR EACH ROW EXECUTE FUNCTION "search_outbox_resume_part"();
CREATE TRIGGER "search_outbox_skills" AFTER INSERT OR UPDATE OR DELETE ON "skills"
  FOR EACH ROW EXECUTE FUNCTION "search_outbox_resume_part"();
CREATE TRIGGER "search_outbox_certifications" AFTER INSERT OR UPDATE OR DELETE ON "certifications"
  FOR EACH ROW EXECUTE FUNCTION "search_outbox_resume_part"();
-- Referee names and organisations are scrubbed out of the resume's free text.
CREATE TRIGGER "search_outbox_referees" AFTER INSERT OR UPDATE OR DELETE ON "referees"
  FOR EACH ROW EXECUTE FUNCTION "search_outbox_resume_part"();
CREATE TRIGGER "search_outbox_company_blocks" AFTER INSERT OR UPDATE OR DELETE ON "company_blocks"
  FOR EACH ROW EXECUTE FUNCTION "search_outbox_resume_part"();

-- Account state (R1: active, not restricted) and the email scrubbed from free text.
CREATE FUNCTION "search_outbox_user"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  key uuid;
BEGIN
  IF NEW."status" IS DISTINCT FROM OLD."status"
     OR NEW."processing_restricted_at" IS DISTINCT FROM OLD."processing_restricted_at"
     OR NEW."email" IS DISTINCT FROM OLD."email" THEN
    SELECT "search_key" INTO key FROM "seeker_profiles" WHERE "user_id" = NEW."id";
    IF key IS NOT NULL THEN
      PERFORM "search_outbox_enqueue"('RESUME', key, 'user.updated');
    END IF;
  END IF;
  RETURN NULL;
END;
$$;
CREATE TRIGGER "search_outbox_user" AFTER UPDATE ON "users"
  FOR EACH ROW EXECUTE FUNCTION "search_outbox_user"();

-- R1: the searchable-profile consent.
CREATE FUNCTION "search_outbox_consent"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  key uuid;
BEGIN
  IF NEW."purpose" = 'SEARCHABLE_PROFILE' THEN
    SELECT "search_key" INTO key FROM "seeker_profiles" WHERE "user_id" = NEW."user_id";
    IF key IS NOT NULL THEN
      PERFORM "search_outbox_enqueue"('RESUME', key, 'consent.' || CASE WHEN NEW."granted" THEN 'granted' ELSE 'withdrawn' END);
    END IF;
  END IF;
  RETURN NULL;
END;
$$;
CREATE TRIGGER "search_outbox_consent" AFTER INSERT ON "consent_events"
  FOR EACH ROW EXECUTE FUNCTION "search_outbox_consent"();

-- Public jobs: the job itself, and every job of a company whose status changes (suspension).
CREATE FUNCTION "search_outbox_job"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM "search_outbox_enqueue"('JOB', OLD."id", 'job.deleted');
    RETURN OLD;
  END IF;
  PERFORM "search_outbox_enqueue"('JOB', NEW."id", 'job.' || lower(TG_OP));
  RETURN NEW;
END;
$$;
CREATE TRIGGER "search_outbox_job" AFTER INSERT OR UPDATE OR DELETE ON "jobs"
  FOR EACH ROW EXECUTE FUNCTION "search_outbox_job"();

CREATE FUNCTION "search_outbox_company"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."status" IS DISTINCT FROM OLD."status" OR NEW."name" IS DISTINCT FROM OLD."name" THEN
    INSERT INTO "search_outbox_events" ("aggregate_kind", "aggregate_id", "reason")
    SELECT 'JOB', j."id", 'company.updated' FROM "jobs" j WHERE j."company_id" = NEW."id";
    PERFORM pg_notify('search_outbox', 'JOB');
  END IF;
  RETURN NULL;
END;
$$;
CREATE TRIGGER "search_outbox_company" AFTER UPDATE ON "companies"
  FOR EACH ROW EXECUTE FUNCTION "search_outbox_company"();
