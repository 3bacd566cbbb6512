-- CreateEnum
CREATE TYPE "user_kind" AS ENUM ('SEEKER', 'EMPLOYER', 'ADMIN');

-- CreateEnum
CREATE TYPE "user_status" AS ENUM ('ACTIVE', 'SUSPENDED', 'DELETION_PENDING');

-- CreateEnum
CREATE TYPE "locale" AS ENUM ('EN', 'VI', 'JA');

-- CreateEnum
CREATE TYPE "session_audience" AS ENUM ('SEEKER', 'EMPLOYER', 'ADMIN');

-- CreateEnum
CREATE TYPE "oauth_provider" AS ENUM ('GOOGLE', 'FACEBOOK', 'MICROSOFT');

-- CreateEnum
CREATE TYPE "visibility" AS ENUM ('PRIVATE', 'SEARCHABLE');

-- CreateEnum
CREATE TYPE "gender" AS ENUM ('FEMALE', 'MALE', 'NON_BINARY', 'PREFER_NOT_TO_SAY');

-- CreateEnum
CREATE TYPE "visa_status" AS ENUM ('JAPANESE_NATIONAL', 'PERMANENT_RESIDENT', 'SPOUSE_OF_JAPANESE_NATIONAL', 'SPOUSE_OF_PERMANENT_RESIDENT', 'LONG_TERM_RESIDENT', 'ENGINEER_HUMANITIES_INTERNATIONAL', 'HIGHLY_SKILLED_PROFESSIONAL', 'INTRA_COMPANY_TRANSFEREE', 'SPECIFIED_SKILLED_WORKER_1', 'SPECIFIED_SKILLED_WORKER_2', 'TECHNICAL_INTERN_TRAINING', 'NURSING_CARE', 'SKILLED_LABOR', 'BUSINESS_MANAGER', 'DESIGNATED_ACTIVITIES', 'STUDENT', 'DEPENDENT', 'WORKING_HOLIDAY', 'NEEDS_SPONSORSHIP', 'OTHER');

-- CreateEnum
CREATE TYPE "education_level" AS ENUM ('SECONDARY', 'VOCATIONAL', 'ASSOCIATE', 'BACHELOR', 'MASTER', 'DOCTORATE');

-- CreateEnum
CREATE TYPE "career_level" AS ENUM ('STUDENT', 'ENTRY', 'JUNIOR', 'MID', 'SENIOR', 'LEAD', 'MANAGER', 'EXECUTIVE');

-- CreateEnum
CREATE TYPE "employment_type" AS ENUM ('FULL_TIME', 'PART_TIME', 'CONTRACT', 'TEMPORARY', 'INTERNSHIP', 'FREELANCE');

-- CreateEnum
CREATE TYPE "salary_period" AS ENUM ('YEARLY', 'MONTHLY', 'HOURLY');

-- CreateEnum
CREATE TYPE "availability" AS ENUM ('IMMEDIATELY', 'WITHIN_ONE_MONTH', 'WITHIN_THREE_MONTHS', 'WITHIN_SIX_MONTHS', 'NOT_LOOKING');

-- CreateEnum
CREATE TYPE "language_level" AS ENUM ('NATIVE', 'JLPT_N1', 'JLPT_N2', 'JLPT_N3', 'JLPT_N4', 'JLPT_N5', 'CEFR_C2', 'CEFR_C1', 'CEFR_B2', 'CEFR_B1', 'CEFR_A2', 'CEFR_A1');

-- CreateEnum
CREATE TYPE "consent_purpose" AS ENUM ('SEARCHABLE_PROFILE', 'JOB_ALERTS', 'NEWSLETTER', 'MARKETING', 'ANALYTICS_COOKIES', 'TALENT_POOL');

-- CreateEnum
CREATE TYPE "consent_source" AS ENUM ('SIGN_UP', 'PRIVACY_CENTER', 'COOKIE_BANNER', 'EMAIL_UNSUBSCRIBE', 'APPLICATION_FORM', 'VISIBILITY_SETTINGS', 'DATA_SUBJECT_REQUEST');

-- CreateEnum
CREATE TYPE "company_status" AS ENUM ('ACTIVE', 'SUSPENDED');

-- CreateEnum
CREATE TYPE "member_role" AS ENUM ('OWNER', 'RECRUITER');

-- CreateEnum
CREATE TYPE "billing_provider" AS ENUM ('MANUAL_INVOICE', 'STRIPE');

-- CreateEnum
CREATE TYPE "subscription_status" AS ENUM ('PENDING', 'ACTIVE', 'PAST_DUE', 'CANCELED');

-- CreateEnum
CREATE TYPE "invoice_status" AS ENUM ('OPEN', 'PAID', 'VOID');

-- CreateEnum
CREATE TYPE "usage_metric" AS ENUM ('RESUME_SEARCH', 'RESUME_VIEW', 'INVITATION_SENT', 'EXPORT');

-- CreateEnum
CREATE TYPE "job_status" AS ENUM ('DRAFT', 'OPEN', 'CLOSED');

-- CreateEnum
CREATE TYPE "work_arrangement" AS ENUM ('ON_SITE', 'HYBRID', 'REMOTE');

-- CreateEnum
CREATE TYPE "alert_frequency" AS ENUM ('OFF', 'DAILY', 'WEEKLY');

-- CreateEnum
CREATE TYPE "application_status" AS ENUM ('SUBMITTED', 'REVIEWING', 'INTERVIEWING', 'OFFERED', 'HIRED', 'REJECTED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "invitation_status" AS ENUM ('SENT', 'ACCEPTED', 'DECLINED', 'REPORTED', 'EXPIRED');

-- CreateEnum
CREATE TYPE "disclosure_kind" AS ENUM ('RESUME_VIEW', 'CONTACT_REVEAL', 'EXPORT', 'APPLICATION_SNAPSHOT');

-- CreateEnum
CREATE TYPE "actor_kind" AS ENUM ('SEEKER', 'EMPLOYER_MEMBER', 'PLATFORM_ADMIN', 'SYSTEM');

-- CreateEnum
CREATE TYPE "search_aggregate_kind" AS ENUM ('RESUME', 'JOB');

-- CreateEnum
CREATE TYPE "data_subject_request_kind" AS ENUM ('ACCESS', 'PORTABILITY', 'DELETION', 'RESTRICTION', 'OBJECTION', 'RECTIFICATION', 'COMPLAINT');

-- CreateEnum
CREATE TYPE "data_subject_request_status" AS ENUM ('RECEIVED', 'IN_PROGRESS', 'NEEDS_REVIEW', 'COMPLETED', 'REJECTED');

-- CreateEnum
CREATE TYPE "incident_severity" AS ENUM ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL');

-- CreateEnum
CREATE TYPE "incident_status" AS ENUM ('OPEN', 'CONTAINED', 'RESOLVED');

-- CreateEnum
CREATE TYPE "incident_notice_audience" AS ENUM ('AUTHORITY', 'AFFECTED_USERS');

-- CreateEnum
CREATE TYPE "email_category" AS ENUM ('ACCOUNT', 'INVITATIONS', 'JOB_ALERTS', 'SAVED_SEARCH_ALERTS', 'NEWSLETTER', 'MARKETING');

-- CreateEnum
CREATE TYPE "email_suppression_reason" AS ENUM ('HARD_BOUNCE', 'SPAM_COMPLAINT', 'MANUAL');

-- CreateEnum
CREATE TYPE "outbound_email_status" AS ENUM ('PENDING', 'SENT', 'FAILED');

-- CreateEnum
CREATE TYPE "upload_kind" AS ENUM ('PROFILE_PHOTO', 'COMPANY_LOGO', 'AREA_LOGO');

-- CreateTable
CREATE TABLE "users" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "email_verified_at" TIMESTAMPTZ(3),
    "password_hash" TEXT,
    "password_changed_at" TIMESTAMPTZ(3),
    "kind" "user_kind" NOT NULL,
    "status" "user_status" NOT NULL DEFAULT 'ACTIVE',
    "suspended_at" TIMESTAMPTZ(3),
    "processing_restricted_at" TIMESTAMPTZ(3),
    "deletion_requested_at" TIMESTAMPTZ(3),
    "locale" "locale" NOT NULL DEFAULT 'EN',
    "last_sign_in_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sessions" (
    "id" TEXT NOT NULL,
    "secret_hash" BYTEA NOT NULL,
    "user_id" UUID NOT NULL,
    "audience" "session_audience" NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_active_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "user_agent" TEXT,
    "ip_hash" BYTEA,

    CONSTRAINT "sessions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "oauth_accounts" (
    "id" UUID NOT NULL,
    "provider" "oauth_provider" NOT NULL,
    "provider_user_id" TEXT NOT NULL,
    "user_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "oauth_accounts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "email_verification_tokens" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "token_hash" BYTEA NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "used_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "email_verification_tokens_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "password_reset_tokens" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "token_hash" BYTEA NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "used_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "password_reset_tokens_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rate_limit_buckets" (
    "key" TEXT NOT NULL,
    "window_start" TIMESTAMPTZ(3) NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "rate_limit_buckets_pkey" PRIMARY KEY ("key","window_start")
);

-- CreateTable
CREATE TABLE "seeker_profiles" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "first_name" TEXT,
    "middle_name" TEXT,
    "last_name" TEXT,
    "birth_date" DATE NOT NULL,
    "gender" "gender",
    "nationality" CHAR(2),
    "residence_country" CHAR(2),
    "residence_region" TEXT,
    "nearest_station" TEXT,
    "phone" TEXT,
    "visa_status" "visa_status",
    "visa_expires_on" DATE,
    "photo_upload_id" UUID,
    "headline" TEXT,
    "summary" TEXT,
    "education_level" "education_level",
    "career_level" "career_level",
    "desired_job_types" "employment_type"[],
    "desired_locations" TEXT[],
    "desired_salary_min" INTEGER,
    "desired_salary_max" INTEGER,
    "desired_salary_currency" CHAR(3),
    "desired_salary_period" "salary_period",
    "availability" "availability",
    "available_from" DATE,
    "visibility" "visibility" NOT NULL DEFAULT 'PRIVATE',
    "share_age_band" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "seeker_profiles_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "work_experiences" (
    "id" UUID NOT NULL,
    "profile_id" UUID NOT NULL,
    "employer_name" TEXT NOT NULL,
    "company_id" UUID,
    "title" TEXT NOT NULL,
    "start_date" DATE NOT NULL,
    "end_date" DATE,
    "is_current" BOOLEAN NOT NULL DEFAULT false,
    "description" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "work_experiences_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "educations" (
    "id" UUID NOT NULL,
    "profile_id" UUID NOT NULL,
    "institution" TEXT NOT NULL,
    "level" "education_level",
    "field_of_study" TEXT,
    "start_date" DATE,
    "end_date" DATE,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "educations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "language_skills" (
    "id" UUID NOT NULL,
    "profile_id" UUID NOT NULL,
    "language" TEXT NOT NULL,
    "level" "language_level" NOT NULL,

    CONSTRAINT "language_skills_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "skills" (
    "id" UUID NOT NULL,
    "profile_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "years" INTEGER,

    CONSTRAINT "skills_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "certifications" (
    "id" UUID NOT NULL,
    "profile_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "issuer" TEXT,
    "issued_on" DATE,
    "expires_on" DATE,
    "credential_id" TEXT,

    CONSTRAINT "certifications_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "referees" (
    "id" UUID NOT NULL,
    "profile_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "relationship" TEXT NOT NULL,
    "organisation" TEXT,
    "email" TEXT,
    "phone" TEXT,
    "consent_attested_at" TIMESTAMPTZ(3) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "referees_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "networking_cards" (
    "id" UUID NOT NULL,
    "profile_id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "networking_cards_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "company_blocks" (
    "id" UUID NOT NULL,
    "profile_id" UUID NOT NULL,
    "company_id" UUID NOT NULL,
    "is_current_employer" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "company_blocks_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "consent_events" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "purpose" "consent_purpose" NOT NULL,
    "granted" BOOLEAN NOT NULL,
    "policy_version" TEXT NOT NULL,
    "source" "consent_source" NOT NULL,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "consent_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "companies" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "status" "company_status" NOT NULL DEFAULT 'ACTIVE',
    "suspended_at" TIMESTAMPTZ(3),
    "website" TEXT,
    "description" TEXT,
    "logo_upload_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "companies_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "company_members" (
    "id" UUID NOT NULL,
    "company_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "role" "member_role" NOT NULL,
    "display_name" TEXT NOT NULL,
    "joined_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "company_members_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "member_invitations" (
    "id" UUID NOT NULL,
    "company_id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "role" "member_role" NOT NULL,
    "token_hash" BYTEA NOT NULL,
    "invited_by_member_id" UUID,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "accepted_at" TIMESTAMPTZ(3),
    "revoked_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "member_invitations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "plans" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "monthly_price" INTEGER NOT NULL,
    "currency" CHAR(3) NOT NULL DEFAULT 'JPY',
    "seats" INTEGER NOT NULL,
    "resume_search" BOOLEAN NOT NULL,
    "searches_per_day" INTEGER NOT NULL,
    "searches_per_minute" INTEGER NOT NULL,
    "result_cap_per_query" INTEGER NOT NULL,
    "invitations_per_month" INTEGER NOT NULL,
    "stripe_price_id" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "plans_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "subscriptions" (
    "id" UUID NOT NULL,
    "company_id" UUID NOT NULL,
    "plan_id" UUID NOT NULL,
    "status" "subscription_status" NOT NULL,
    "provider" "billing_provider" NOT NULL,
    "external_customer_id" TEXT,
    "external_subscription_id" TEXT,
    "current_period_start" TIMESTAMPTZ(3) NOT NULL,
    "current_period_end" TIMESTAMPTZ(3) NOT NULL,
    "canceled_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "subscriptions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "invoices" (
    "id" UUID NOT NULL,
    "company_id" UUID NOT NULL,
    "subscription_id" UUID,
    "provider" "billing_provider" NOT NULL,
    "number" TEXT NOT NULL,
    "external_invoice_id" TEXT,
    "amount" INTEGER NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "status" "invoice_status" NOT NULL DEFAULT 'OPEN',
    "period_start" TIMESTAMPTZ(3) NOT NULL,
    "period_end" TIMESTAMPTZ(3) NOT NULL,
    "issued_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "due_at" TIMESTAMPTZ(3) NOT NULL,
    "paid_at" TIMESTAMPTZ(3),
    "marked_paid_by_user_id" UUID,

    CONSTRAINT "invoices_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "billing_webhook_events" (
    "provider" "billing_provider" NOT NULL,
    "external_event_id" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "received_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "billing_webhook_events_pkey" PRIMARY KEY ("provider","external_event_id")
);

-- CreateTable
CREATE TABLE "usage_counters" (
    "id" UUID NOT NULL,
    "company_id" UUID NOT NULL,
    "metric" "usage_metric" NOT NULL,
    "period_start" TIMESTAMPTZ(3) NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "usage_counters_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "member_usage_counters" (
    "id" UUID NOT NULL,
    "member_id" UUID NOT NULL,
    "company_id" UUID NOT NULL,
    "metric" "usage_metric" NOT NULL,
    "period_start" TIMESTAMPTZ(3) NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "member_usage_counters_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "jobs" (
    "id" UUID NOT NULL,
    "company_id" UUID NOT NULL,
    "area_id" UUID,
    "created_by_member_id" UUID,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "location" TEXT NOT NULL,
    "work_arrangement" "work_arrangement" NOT NULL DEFAULT 'ON_SITE',
    "employment_type" "employment_type" NOT NULL,
    "salary_min" INTEGER,
    "salary_max" INTEGER,
    "salary_currency" CHAR(3) NOT NULL DEFAULT 'JPY',
    "salary_period" "salary_period" NOT NULL DEFAULT 'YEARLY',
    "visa_support" BOOLEAN NOT NULL DEFAULT false,
    "required_japanese_level" "language_level",
    "status" "job_status" NOT NULL DEFAULT 'DRAFT',
    "published_at" TIMESTAMPTZ(3),
    "closed_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "jobs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "saved_jobs" (
    "id" UUID NOT NULL,
    "profile_id" UUID NOT NULL,
    "job_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "saved_jobs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "job_alerts" (
    "id" UUID NOT NULL,
    "profile_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "query" TEXT NOT NULL DEFAULT '',
    "filters" JSONB NOT NULL DEFAULT '{}',
    "frequency" "alert_frequency" NOT NULL DEFAULT 'WEEKLY',
    "last_sent_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "job_alerts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "applications" (
    "id" UUID NOT NULL,
    "job_id" UUID NOT NULL,
    "profile_id" UUID NOT NULL,
    "status" "application_status" NOT NULL DEFAULT 'SUBMITTED',
    "resume_snapshot" JSONB NOT NULL,
    "cover_note" TEXT,
    "talent_pool_opt_in" BOOLEAN NOT NULL DEFAULT false,
    "status_changed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "scheduled_deletion_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "applications_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "invitations" (
    "id" UUID NOT NULL,
    "company_id" UUID NOT NULL,
    "sender_member_id" UUID,
    "profile_id" UUID NOT NULL,
    "job_id" UUID NOT NULL,
    "salary_min" INTEGER NOT NULL,
    "salary_max" INTEGER NOT NULL,
    "salary_currency" CHAR(3) NOT NULL DEFAULT 'JPY',
    "salary_period" "salary_period" NOT NULL DEFAULT 'YEARLY',
    "visa_support" BOOLEAN NOT NULL,
    "message" TEXT NOT NULL,
    "status" "invitation_status" NOT NULL DEFAULT 'SENT',
    "report_reason" TEXT,
    "sent_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "responded_at" TIMESTAMPTZ(3),

    CONSTRAINT "invitations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "saved_searches" (
    "id" UUID NOT NULL,
    "company_id" UUID NOT NULL,
    "member_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "query" TEXT NOT NULL DEFAULT '',
    "filters" JSONB NOT NULL DEFAULT '{}',
    "sort" TEXT,
    "alert_frequency" "alert_frequency" NOT NULL DEFAULT 'OFF',
    "last_alerted_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "saved_searches_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "recruiting_areas" (
    "id" UUID NOT NULL,
    "company_id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "logo_upload_id" UUID,
    "primary_color" TEXT NOT NULL DEFAULT '#1f4e79',
    "accent_color" TEXT NOT NULL DEFAULT '#f2a900',
    "intro" TEXT NOT NULL DEFAULT '',
    "eeo_enabled" BOOLEAN NOT NULL DEFAULT false,
    "eeo_min_group_size" INTEGER NOT NULL DEFAULT 10,
    "published" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "recruiting_areas_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "eeo_questions" (
    "id" UUID NOT NULL,
    "area_id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "prompt" JSONB NOT NULL,
    "options" JSONB NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "eeo_questions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "eeo_responses" (
    "id" UUID NOT NULL,
    "area_id" UUID NOT NULL,
    "submitted_month" DATE NOT NULL,

    CONSTRAINT "eeo_responses_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "eeo_answers" (
    "id" UUID NOT NULL,
    "response_id" UUID NOT NULL,
    "question_id" UUID NOT NULL,
    "option_key" TEXT NOT NULL,

    CONSTRAINT "eeo_answers_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "disclosure_ledger_entries" (
    "id" UUID NOT NULL,
    "profile_id" UUID NOT NULL,
    "company_id" UUID NOT NULL,
    "member_id" UUID,
    "kind" "disclosure_kind" NOT NULL,
    "purpose" TEXT NOT NULL,
    "application_id" UUID,
    "invitation_id" UUID,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "disclosure_ledger_entries_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_events" (
    "id" BIGSERIAL NOT NULL,
    "actor_kind" "actor_kind" NOT NULL,
    "actor_user_id" UUID,
    "company_id" UUID,
    "action" TEXT NOT NULL,
    "target_kind" TEXT,
    "target_id" TEXT,
    "purpose" TEXT,
    "metadata" JSONB,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "audit_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "search_outbox_events" (
    "id" BIGSERIAL NOT NULL,
    "aggregate_kind" "search_aggregate_kind" NOT NULL,
    "aggregate_id" UUID NOT NULL,
    "reason" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "available_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "processed_at" TIMESTAMPTZ(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "last_error" TEXT,

    CONSTRAINT "search_outbox_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "data_subject_requests" (
    "id" UUID NOT NULL,
    "user_id" UUID,
    "subject_ref" TEXT NOT NULL,
    "kind" "data_subject_request_kind" NOT NULL,
    "status" "data_subject_request_status" NOT NULL DEFAULT 'RECEIVED',
    "details" TEXT,
    "received_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "due_at" TIMESTAMPTZ(3) NOT NULL,
    "completed_at" TIMESTAMPTZ(3),
    "notified_at" TIMESTAMPTZ(3),
    "handled_by_admin_id" UUID,
    "evidence" JSONB NOT NULL DEFAULT '{}',

    CONSTRAINT "data_subject_requests_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "incidents" (
    "id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "severity" "incident_severity" NOT NULL,
    "status" "incident_status" NOT NULL DEFAULT 'OPEN',
    "occurred_at" TIMESTAMPTZ(3),
    "discovered_at" TIMESTAMPTZ(3) NOT NULL,
    "contained_at" TIMESTAMPTZ(3),
    "resolved_at" TIMESTAMPTZ(3),
    "authority_deadline_at" TIMESTAMPTZ(3) NOT NULL,
    "authority_notified_at" TIMESTAMPTZ(3),
    "authority_reference" TEXT,
    "users_notified_at" TIMESTAMPTZ(3),
    "created_by_admin_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "incidents_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "incident_affected_users" (
    "incident_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "notified_at" TIMESTAMPTZ(3),

    CONSTRAINT "incident_affected_users_pkey" PRIMARY KEY ("incident_id","user_id")
);

-- CreateTable
CREATE TABLE "incident_notices" (
    "id" UUID NOT NULL,
    "incident_id" UUID NOT NULL,
    "audience" "incident_notice_audience" NOT NULL,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "recipient_count" INTEGER NOT NULL,
    "sent_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "incident_notices_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "email_preferences" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "category" "email_category" NOT NULL,
    "enabled" BOOLEAN NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "email_preferences_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "unsubscribe_tokens" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "token_hash" BYTEA NOT NULL,
    "category" "email_category" NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "used_at" TIMESTAMPTZ(3),

    CONSTRAINT "unsubscribe_tokens_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "email_suppressions" (
    "email_hash" BYTEA NOT NULL,
    "reason" "email_suppression_reason" NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "email_suppressions_pkey" PRIMARY KEY ("email_hash")
);

-- CreateTable
CREATE TABLE "outbound_emails" (
    "id" UUID NOT NULL,
    "user_id" UUID,
    "to_address" TEXT NOT NULL,
    "category" "email_category" NOT NULL,
    "template" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "status" "outbound_email_status" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "available_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sent_at" TIMESTAMPTZ(3),
    "last_error" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "outbound_emails_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "uploads" (
    "id" UUID NOT NULL,
    "kind" "upload_kind" NOT NULL,
    "owner_user_id" UUID,
    "company_id" UUID,
    "storage_key" TEXT NOT NULL,
    "content_type" TEXT NOT NULL,
    "byte_size" INTEGER NOT NULL,
    "sha256" BYTEA NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "uploads_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");

-- CreateIndex
CREATE INDEX "users_kind_status_idx" ON "users"("kind", "status");

-- CreateIndex
CREATE INDEX "sessions_user_id_idx" ON "sessions"("user_id");

-- CreateIndex
CREATE INDEX "sessions_expires_at_idx" ON "sessions"("expires_at");

-- CreateIndex
CREATE UNIQUE INDEX "oauth_accounts_provider_provider_user_id_key" ON "oauth_accounts"("provider", "provider_user_id");

-- CreateIndex
CREATE UNIQUE INDEX "oauth_accounts_user_id_provider_key" ON "oauth_accounts"("user_id", "provider");

-- CreateIndex
CREATE UNIQUE INDEX "email_verification_tokens_token_hash_key" ON "email_verification_tokens"("token_hash");

-- CreateIndex
CREATE INDEX "email_verification_tokens_user_id_idx" ON "email_verification_tokens"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "password_reset_tokens_token_hash_key" ON "password_reset_tokens"("token_hash");

-- CreateIndex
CREATE INDEX "password_reset_tokens_user_id_idx" ON "password_reset_tokens"("user_id");

-- CreateIndex
CREATE INDEX "rate_limit_buckets_expires_at_idx" ON "rate_limit_buckets"("expires_at");

-- CreateIndex
CREATE UNIQUE INDEX "seeker_profiles_user_id_key" ON "seeker_profiles"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "seeker_profiles_photo_upload_id_key" ON "seeker_profiles"("photo_upload_id");

-- CreateIndex
CREATE INDEX "seeker_profiles_visibility_idx" ON "seeker_profiles"("visibility");

-- CreateIndex
CREATE INDEX "work_experiences_profile_id_idx" ON "work_experiences"("profile_id");

-- CreateIndex
CREATE INDEX "work_experiences_company_id_idx" ON "work_experiences"("company_id");

-- CreateIndex
CREATE INDEX "educations_profile_id_idx" ON "educations"("profile_id");

-- CreateIndex
CREATE UNIQUE INDEX "language_skills_profile_id_language_key" ON "language_skills"("profile_id", "language");

-- CreateIndex
CREATE UNIQUE INDEX "skills_profile_id_name_key" ON "skills"("profile_id", "name");

-- CreateIndex
CREATE INDEX "certifications_profile_id_idx" ON "certifications"("profile_id");

-- CreateIndex
CREATE INDEX "referees_profile_id_idx" ON "referees"("profile_id");

-- CreateIndex
CREATE UNIQUE INDEX "networking_cards_profile_id_key" ON "networking_cards"("profile_id");

-- CreateIndex
CREATE UNIQUE INDEX "networking_cards_slug_key" ON "networking_cards"("slug");

-- CreateIndex
CREATE INDEX "company_blocks_company_id_idx" ON "company_blocks"("company_id");

-- CreateIndex
CREATE UNIQUE INDEX "company_blocks_profile_id_company_id_key" ON "company_blocks"("profile_id", "company_id");

-- CreateIndex
CREATE INDEX "consent_events_user_id_purpose_occurred_at_idx" ON "consent_events"("user_id", "purpose", "occurred_at" DESC);

-- CreateIndex
CREATE INDEX "consent_events_purpose_occurred_at_idx" ON "consent_events"("purpose", "occurred_at");

-- CreateIndex
CREATE UNIQUE INDEX "companies_slug_key" ON "companies"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "companies_logo_upload_id_key" ON "companies"("logo_upload_id");

-- CreateIndex
CREATE INDEX "companies_status_idx" ON "companies"("status");

-- CreateIndex
CREATE UNIQUE INDEX "company_members_user_id_key" ON "company_members"("user_id");

-- CreateIndex
CREATE INDEX "company_members_company_id_role_idx" ON "company_members"("company_id", "role");

-- CreateIndex
CREATE UNIQUE INDEX "member_invitations_token_hash_key" ON "member_invitations"("token_hash");

-- CreateIndex
CREATE INDEX "member_invitations_company_id_idx" ON "member_invitations"("company_id");

-- CreateIndex
CREATE INDEX "member_invitations_email_idx" ON "member_invitations"("email");

-- CreateIndex
CREATE UNIQUE INDEX "plans_code_key" ON "plans"("code");

-- CreateIndex
CREATE UNIQUE INDEX "plans_stripe_price_id_key" ON "plans"("stripe_price_id");

-- CreateIndex
CREATE UNIQUE INDEX "subscriptions_company_id_key" ON "subscriptions"("company_id");

-- CreateIndex
CREATE UNIQUE INDEX "subscriptions_external_subscription_id_key" ON "subscriptions"("external_subscription_id");

-- CreateIndex
CREATE INDEX "subscriptions_plan_id_idx" ON "subscriptions"("plan_id");

-- CreateIndex
CREATE UNIQUE INDEX "invoices_number_key" ON "invoices"("number");

-- CreateIndex
CREATE UNIQUE INDEX "invoices_external_invoice_id_key" ON "invoices"("external_invoice_id");

-- CreateIndex
CREATE INDEX "invoices_company_id_issued_at_idx" ON "invoices"("company_id", "issued_at");

-- CreateIndex
CREATE INDEX "invoices_subscription_id_idx" ON "invoices"("subscription_id");

-- CreateIndex
CREATE INDEX "invoices_marked_paid_by_user_id_idx" ON "invoices"("marked_paid_by_user_id");

-- CreateIndex
CREATE INDEX "invoices_status_due_at_idx" ON "invoices"("status", "due_at");

-- CreateIndex
CREATE UNIQUE INDEX "usage_counters_company_id_metric_period_start_key" ON "usage_counters"("company_id", "metric", "period_start");

-- CreateIndex
CREATE INDEX "member_usage_counters_company_id_metric_period_start_idx" ON "member_usage_counters"("company_id", "metric", "period_start");

-- CreateIndex
CREATE UNIQUE INDEX "member_usage_counters_member_id_metric_period_start_key" ON "member_usage_counters"("member_id", "metric", "period_start");

-- CreateIndex
CREATE INDEX "jobs_company_id_status_idx" ON "jobs"("company_id", "status");

-- CreateIndex
CREATE INDEX "jobs_area_id_idx" ON "jobs"("area_id");

-- CreateIndex
CREATE INDEX "jobs_created_by_member_id_idx" ON "jobs"("created_by_member_id");

-- CreateIndex
CREATE INDEX "jobs_status_published_at_idx" ON "jobs"("status", "published_at");

-- CreateIndex
CREATE INDEX "saved_jobs_job_id_idx" ON "saved_jobs"("job_id");

-- CreateIndex
CREATE UNIQUE INDEX "saved_jobs_profile_id_job_id_key" ON "saved_jobs"("profile_id", "job_id");

-- CreateIndex
CREATE INDEX "job_alerts_profile_id_idx" ON "job_alerts"("profile_id");

-- CreateIndex
CREATE INDEX "job_alerts_frequency_last_sent_at_idx" ON "job_alerts"("frequency", "last_sent_at");

-- CreateIndex
CREATE INDEX "applications_profile_id_idx" ON "applications"("profile_id");

-- CreateIndex
CREATE INDEX "applications_scheduled_deletion_at_idx" ON "applications"("scheduled_deletion_at");

-- CreateIndex
CREATE UNIQUE INDEX "applications_job_id_profile_id_key" ON "applications"("job_id", "profile_id");

-- CreateIndex
CREATE INDEX "invitations_profile_id_status_idx" ON "invitations"("profile_id", "status");

-- CreateIndex
CREATE INDEX "invitations_company_id_sent_at_idx" ON "invitations"("company_id", "sent_at");

-- CreateIndex
CREATE INDEX "invitations_sender_member_id_idx" ON "invitations"("sender_member_id");

-- CreateIndex
CREATE INDEX "invitations_job_id_idx" ON "invitations"("job_id");

-- CreateIndex
CREATE INDEX "invitations_status_expires_at_idx" ON "invitations"("status", "expires_at");

-- CreateIndex
CREATE INDEX "saved_searches_company_id_idx" ON "saved_searches"("company_id");

-- CreateIndex
CREATE INDEX "saved_searches_member_id_idx" ON "saved_searches"("member_id");

-- CreateIndex
CREATE INDEX "saved_searches_alert_frequency_last_alerted_at_idx" ON "saved_searches"("alert_frequency", "last_alerted_at");

-- CreateIndex
CREATE UNIQUE INDEX "recruiting_areas_slug_key" ON "recruiting_areas"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "recruiting_areas_logo_upload_id_key" ON "recruiting_areas"("logo_upload_id");

-- CreateIndex
CREATE INDEX "recruiting_areas_company_id_idx" ON "recruiting_areas"("company_id");

-- CreateIndex
CREATE UNIQUE INDEX "eeo_questions_area_id_key_key" ON "eeo_questions"("area_id", "key");

-- CreateIndex
CREATE INDEX "eeo_responses_area_id_submitted_month_idx" ON "eeo_responses"("area_id", "submitted_month");

-- CreateIndex
CREATE INDEX "eeo_answers_question_id_option_key_idx" ON "eeo_answers"("question_id", "option_key");

-- CreateIndex
CREATE UNIQUE INDEX "eeo_answers_response_id_question_id_key" ON "eeo_answers"("response_id", "question_id");

-- CreateIndex
CREATE INDEX "disclosure_ledger_entries_profile_id_occurred_at_idx" ON "disclosure_ledger_entries"("profile_id", "occurred_at");

-- CreateIndex
CREATE INDEX "disclosure_ledger_entries_company_id_occurred_at_idx" ON "disclosure_ledger_entries"("company_id", "occurred_at");

-- CreateIndex
CREATE INDEX "disclosure_ledger_entries_member_id_idx" ON "disclosure_ledger_entries"("member_id");

-- CreateIndex
CREATE INDEX "disclosure_ledger_entries_application_id_idx" ON "disclosure_ledger_entries"("application_id");

-- CreateIndex
CREATE INDEX "disclosure_ledger_entries_invitation_id_idx" ON "disclosure_ledger_entries"("invitation_id");

-- CreateIndex
CREATE INDEX "audit_events_occurred_at_idx" ON "audit_events"("occurred_at");

-- CreateIndex
CREATE INDEX "audit_events_actor_user_id_occurred_at_idx" ON "audit_events"("actor_user_id", "occurred_at");

-- CreateIndex
CREATE INDEX "audit_events_company_id_occurred_at_idx" ON "audit_events"("company_id", "occurred_at");

-- CreateIndex
CREATE INDEX "audit_events_target_kind_target_id_idx" ON "audit_events"("target_kind", "target_id");

-- CreateIndex
CREATE INDEX "search_outbox_events_processed_at_available_at_id_idx" ON "search_outbox_events"("processed_at", "available_at", "id");

-- CreateIndex
CREATE INDEX "search_outbox_events_aggregate_kind_aggregate_id_idx" ON "search_outbox_events"("aggregate_kind", "aggregate_id");

-- CreateIndex
CREATE INDEX "data_subject_requests_status_due_at_idx" ON "data_subject_requests"("status", "due_at");

-- CreateIndex
CREATE INDEX "data_subject_requests_user_id_idx" ON "data_subject_requests"("user_id");

-- CreateIndex
CREATE INDEX "data_subject_requests_subject_ref_idx" ON "data_subject_requests"("subject_ref");

-- CreateIndex
CREATE INDEX "incidents_status_discovered_at_idx" ON "incidents"("status", "discovered_at");

-- CreateIndex
CREATE INDEX "incident_affected_users_user_id_idx" ON "incident_affected_users"("user_id");

-- CreateIndex
CREATE INDEX "incident_notices_incident_id_idx" ON "incident_notices"("incident_id");

-- CreateIndex
CREATE UNIQUE INDEX "email_preferences_user_id_category_key" ON "email_preferences"("user_id", "category");

-- CreateIndex
CREATE UNIQUE INDEX "unsubscribe_tokens_token_hash_key" ON "unsubscribe_tokens"("token_hash");

-- CreateIndex
CREATE INDEX "unsubscribe_tokens_user_id_idx" ON "unsubscribe_tokens"("user_id");

-- CreateIndex
CREATE INDEX "outbound_emails_status_available_at_idx" ON "outbound_emails"("status", "available_at");

-- CreateIndex
CREATE INDEX "outbound_emails_user_id_idx" ON "outbound_emails"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "uploads_storage_key_key" ON "uploads"("storage_key");

-- CreateIndex
CREATE INDEX "uploads_owner_user_id_idx" ON "uploads"("owner_user_id");

-- CreateIndex
CREATE INDEX "uploads_company_id_idx" ON "uploads"("company_id");

-- AddForeignKey
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "oauth_accounts" ADD CONSTRAINT "oauth_accounts_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "email_verification_tokens" ADD CONSTRAINT "email_verification_tokens_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "password_reset_tokens" ADD CONSTRAINT "password_reset_tokens_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "seeker_profiles" ADD CONSTRAINT "seeker_profiles_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "seeker_profiles" ADD CONSTRAINT "seeker_profiles_photo_upload_id_fkey" FOREIGN KEY ("photo_upload_id") REFERENCES "uploads"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "work_experiences" ADD CONSTRAINT "work_experiences_profile_id_fkey" FOREIGN KEY ("profile_id") REFERENCES "seeker_profiles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "work_experiences" ADD CONSTRAINT "work_experiences_company_id_fkey" FOREIGN KEY ("company_id") REFERENCES "companies"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "educations" ADD CONSTRAINT "educations_profile_id_fkey" FOREIGN KEY ("profile_id") REFERENCES "seeker_profiles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "language_skills" ADD CONSTRAINT "language_skills_profile_id_fkey" FOREIGN KEY ("profile_id") REFERENCES "seeker_profiles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "skills" ADD CONSTRAINT "skills_profile_id_fkey" FOREIGN KEY ("profile_id") REFERENCES "seeker_profiles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "certifications" ADD CONSTRAINT "certifications_profile_id_fkey" FOREIGN KEY ("profile_id") REFERENCES "seeker_profiles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "referees" ADD CONSTRAINT "referees_profile_id_fkey" FOREIGN KEY ("profile_id") REFERENCES "seeker_profiles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "networking_cards" ADD CONSTRAINT "networking_cards_profile_id_fkey" FOREIGN KEY ("profile_id") REFERENCES "seeker_profiles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "company_blocks" ADD CONSTRAINT "company_blocks_profile_id_fkey" FOREIGN KEY ("profile_id") REFERENCES "seeker_profiles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "company_blocks" ADD CONSTRAINT "company_blocks_company_id_fkey" FOREIGN KEY ("company_id") REFERENCES "companies"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "consent_events" ADD CONSTRAINT "consent_events_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "companies" ADD CONSTRAINT "companies_logo_upload_id_fkey" FOREIGN KEY ("logo_upload_id") REFERENCES "uploads"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "company_members" ADD CONSTRAINT "company_members_company_id_fkey" FOREIGN KEY ("company_id") REFERENCES "companies"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "company_members" ADD CONSTRAINT "company_members_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "member_invitations" ADD CONSTRAINT "member_invitations_company_id_fkey" FOREIGN KEY ("company_id") REFERENCES "companies"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "member_invitations" ADD CONSTRAINT "member_invitations_invited_by_member_id_fkey" FOREIGN KEY ("invited_by_member_id") REFERENCES "company_members"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "subscriptions" ADD CONSTRAINT "subscriptions_company_id_fkey" FOREIGN KEY ("company_id") REFERENCES "companies"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "subscriptions" ADD CONSTRAINT "subscriptions_plan_id_fkey" FOREIGN KEY ("plan_id") REFERENCES "plans"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_company_id_fkey" FOREIGN KEY ("company_id") REFERENCES "companies"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_subscription_id_fkey" FOREIGN KEY ("subscription_id") REFERENCES "subscriptions"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_marked_paid_by_user_id_fkey" FOREIGN KEY ("marked_paid_by_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "usage_counters" ADD CONSTRAINT "usage_counters_company_id_fkey" FOREIGN KEY ("company_id") REFERENCES "companies"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "member_usage_counters" ADD CONSTRAINT "member_usage_counters_member_id_fkey" FOREIGN KEY ("member_id") REFERENCES "company_members"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "member_usage_counters" ADD CONSTRAINT "member_usage_counters_company_id_fkey" FOREIGN KEY ("company_id") REFERENCES "companies"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "jobs" ADD CONSTRAINT "jobs_company_id_fkey" FOREIGN KEY ("company_id") REFERENCES "companies"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "jobs" ADD CONSTRAINT "jobs_area_id_fkey" FOREIGN KEY ("area_id") REFERENCES "recruiting_areas"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "jobs" ADD CONSTRAINT "jobs_created_by_member_id_fkey" FOREIGN KEY ("created_by_member_id") REFERENCES "company_members"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "saved_jobs" ADD CONSTRAINT "saved_jobs_profile_id_fkey" FOREIGN KEY ("profile_id") REFERENCES "seeker_profiles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "saved_jobs" ADD CONSTRAINT "saved_jobs_job_id_fkey" FOREIGN KEY ("job_id") REFERENCES "jobs"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "job_alerts" ADD CONSTRAINT "job_alerts_profile_id_fkey" FOREIGN KEY ("profile_id") REFERENCES "seeker_profiles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "applications" ADD CONSTRAINT "applications_job_id_fkey" FOREIGN KEY ("job_id") REFERENCES "jobs"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "applications" ADD CONSTRAINT "applications_profile_id_fkey" FOREIGN KEY ("profile_id") REFERENCES "seeker_profiles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_company_id_fkey" FOREIGN KEY ("company_id") REFERENCES "companies"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_sender_member_id_fkey" FOREIGN KEY ("sender_member_id") REFERENCES "company_members"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_profile_id_fkey" FOREIGN KEY ("profile_id") REFERENCES "seeker_profiles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_job_id_fkey" FOREIGN KEY ("job_id") REFERENCES "jobs"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "saved_searches" ADD CONSTRAINT "saved_searches_company_id_fkey" FOREIGN KEY ("company_id") REFERENCES "companies"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "saved_searches" ADD CONSTRAINT "saved_searches_member_id_fkey" FOREIGN KEY ("member_id") REFERENCES "company_members"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "recruiting_areas" ADD CONSTRAINT "recruiting_areas_company_id_fkey" FOREIGN KEY ("company_id") REFERENCES "companies"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "recruiting_areas" ADD CONSTRAINT "recruiting_areas_logo_upload_id_fkey" FOREIGN KEY ("logo_upload_id") REFERENCES "uploads"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "eeo_questions" ADD CONSTRAINT "eeo_questions_area_id_fkey" FOREIGN KEY ("area_id") REFERENCES "recruiting_areas"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "eeo_responses" ADD CONSTRAINT "eeo_responses_area_id_fkey" FOREIGN KEY ("area_id") REFERENCES "recruiting_areas"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "eeo_answers" ADD CONSTRAINT "eeo_answers_response_id_fkey" FOREIGN KEY ("response_id") REFERENCES "eeo_responses"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "eeo_answers" ADD CONSTRAINT "eeo_answers_question_id_fkey" FOREIGN KEY ("question_id") REFERENCES "eeo_questions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "disclosure_ledger_entries" ADD CONSTRAINT "disclosure_ledger_entries_profile_id_fkey" FOREIGN KEY ("profile_id") REFERENCES "seeker_profiles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "disclosure_ledger_entries" ADD CONSTRAINT "disclosure_ledger_entries_company_id_fkey" FOREIGN KEY ("company_id") REFERENCES "companies"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "disclosure_ledger_entries" ADD CONSTRAINT "disclosure_ledger_entries_member_id_fkey" FOREIGN KEY ("member_id") REFERENCES "company_members"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "disclosure_ledger_entries" ADD CONSTRAINT "disclosure_ledger_entries_application_id_fkey" FOREIGN KEY ("application_id") REFERENCES "applications"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "disclosure_ledger_entries" ADD CONSTRAINT "disclosure_ledger_entries_invitation_id_fkey" FOREIGN KEY ("invitation_id") REFERENCES "invitations"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "data_subject_requests" ADD CONSTRAINT "data_subject_requests_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "incident_affected_users" ADD CONSTRAINT "incident_affected_users_incident_id_fkey" FOREIGN KEY ("incident_id") REFERENCES "incidents"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "incident_affected_users" ADD CONSTRAINT "incident_affected_users_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "incident_notices" ADD CONSTRAINT "incident_notices_incident_id_fkey" FOREIGN KEY ("incident_id") REFERENCES "incidents"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "email_preferences" ADD CONSTRAINT "email_preferences_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "unsubscribe_tokens" ADD CONSTRAINT "unsubscribe_tokens_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "outbound_emails" ADD CONSTRAINT "outbound_emails_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "uploads" ADD CONSTRAINT "uploads_owner_user_id_fkey" FOREIGN KEY ("owner_user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "uploads" ADD CONSTRAINT "uploads_company_id_fkey" FOREIGN KEY ("company_id") REFERENCES "companies"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ─── Hand-written: invariants Prisma's schema language cannot express ───────────────────
-- Appended to the generated init migration. They are row triggers raising check_violation
-- (SQLSTATE 23514, with a constraint name) rather than CHECK constraints because the WASM
-- schema engine used by `pnpm db:migrate:create` panics while introspecting CHECK constraints
-- through the pg driver adapter (it reads pg_constraint.contype, a "char", which the adapter
-- cannot type). Prisma's diff ignores triggers, so they never show up as drift.

CREATE FUNCTION "raise_check_violation"(constraint_name text, message text) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '%', message USING ERRCODE = 'check_violation', CONSTRAINT = constraint_name;
END;
$$;

CREATE FUNCTION "users_invariants"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Stored normalised so the unique index is case-insensitive: a forgotten normalisation
  -- fails loudly instead of creating a twin account.
  IF NEW."email" <> lower(btrim(NEW."email")) OR NEW."email" NOT LIKE '%_@_%' THEN
    PERFORM "raise_check_violation"('users_email_normalised', 'users.email must be a trimmed, lowercase address');
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "users_invariants" BEFORE INSERT OR UPDATE ON "users"
  FOR EACH ROW EXECUTE FUNCTION "users_invariants"();

CREATE FUNCTION "seeker_profiles_invariants"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."desired_salary_min" < 0 OR NEW."desired_salary_min" > NEW."desired_salary_max" THEN
    PERFORM "raise_check_violation"('seeker_profiles_desired_salary', 'desired salary must satisfy 0 <= min <= max');
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "seeker_profiles_invariants" BEFORE INSERT OR UPDATE ON "seeker_profiles"
  FOR EACH ROW EXECUTE FUNCTION "seeker_profiles_invariants"();

CREATE FUNCTION "work_experiences_invariants"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- A current job has no end date, a past job has one, and nothing ends before it starts.
  IF NEW."is_current" <> (NEW."end_date" IS NULL) OR NEW."end_date" < NEW."start_date" THEN
    PERFORM "raise_check_violation"('work_experiences_dates', 'a current job has no end date; a past job ends on or after its start');
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "work_experiences_invariants" BEFORE INSERT OR UPDATE ON "work_experiences"
  FOR EACH ROW EXECUTE FUNCTION "work_experiences_invariants"();

CREATE FUNCTION "educations_invariants"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."end_date" < NEW."start_date" THEN
    PERFORM "raise_check_violation"('educations_dates', 'education cannot end before it starts');
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "educations_invariants" BEFORE INSERT OR UPDATE ON "educations"
  FOR EACH ROW EXECUTE FUNCTION "educations_invariants"();

CREATE FUNCTION "language_skills_invariants"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."language" !~ '^[a-z]{2,3}$' THEN
    PERFORM "raise_check_violation"('language_skills_language', 'language must be an ISO 639 code such as "ja"');
  END IF;
  -- JLPT certifies Japanese only.
  IF NEW."level"::text LIKE 'JLPT\_%' AND NEW."language" <> 'ja' THEN
    PERFORM "raise_check_violation"('language_skills_jlpt_japanese', 'JLPT levels apply to Japanese ("ja") only');
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "language_skills_invariants" BEFORE INSERT OR UPDATE ON "language_skills"
  FOR EACH ROW EXECUTE FUNCTION "language_skills_invariants"();

CREATE FUNCTION "slug_invariants"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Slugs appear in public URLs.
  IF NEW."slug" !~ '^[a-z0-9]+(-[a-z0-9]+)*$' THEN
    PERFORM "raise_check_violation"(TG_TABLE_NAME || '_slug', 'slug must be lowercase letters and digits separated by single hyphens');
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "companies_slug" BEFORE INSERT OR UPDATE OF "slug" ON "companies"
  FOR EACH ROW EXECUTE FUNCTION "slug_invariants"();
CREATE TRIGGER "networking_cards_slug" BEFORE INSERT OR UPDATE OF "slug" ON "networking_cards"
  FOR EACH ROW EXECUTE FUNCTION "slug_invariants"();
CREATE TRIGGER "recruiting_areas_slug" BEFORE INSERT OR UPDATE OF "slug" ON "recruiting_areas"
  FOR EACH ROW EXECUTE FUNCTION "slug_invariants"();

CREATE FUNCTION "recruiting_areas_invariants"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."primary_color" !~ '^#[0-9a-fA-F]{6}$' OR NEW."accent_color" !~ '^#[0-9a-fA-F]{6}$' THEN
    PERFORM "raise_check_violation"('recruiting_areas_colours', 'colours must be #rrggbb');
  END IF;
  -- An EEO aggregate over fewer than two answers identifies a person by construction.
  IF NEW."eeo_min_group_size" < 2 THEN
    PERFORM "raise_check_violation"('recruiting_areas_eeo_min_group_size', 'EEO minimum group size must be at least 2');
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "recruiting_areas_invariants" BEFORE INSERT OR UPDATE ON "recruiting_areas"
  FOR EACH ROW EXECUTE FUNCTION "recruiting_areas_invariants"();

CREATE FUNCTION "jobs_invariants"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."salary_min" < 0 OR NEW."salary_min" > NEW."salary_max" THEN
    PERFORM "raise_check_violation"('jobs_salary', 'job salary must satisfy 0 <= min <= max');
  END IF;
  -- Job search sorts by publication date; a job seekers can see always has one.
  IF NEW."status" <> 'DRAFT' AND NEW."published_at" IS NULL THEN
    PERFORM "raise_check_violation"('jobs_published', 'an open or closed job needs published_at');
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "jobs_invariants" BEFORE INSERT OR UPDATE ON "jobs"
  FOR EACH ROW EXECUTE FUNCTION "jobs_invariants"();

CREATE FUNCTION "invitations_invariants"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- F13: an invitation states a real salary range.
  IF NEW."salary_min" <= 0 OR NEW."salary_min" > NEW."salary_max" THEN
    PERFORM "raise_check_violation"('invitations_salary', 'invitation salary must satisfy 0 < min <= max');
  END IF;
  IF (NEW."status" IN ('SENT', 'EXPIRED')) <> (NEW."responded_at" IS NULL) THEN
    PERFORM "raise_check_violation"('invitations_responded', 'responded_at is set exactly when the seeker answered');
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "invitations_invariants" BEFORE INSERT OR UPDATE ON "invitations"
  FOR EACH ROW EXECUTE FUNCTION "invitations_invariants"();

CREATE FUNCTION "applications_invariants"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- F14: a rejected applicant who did not opt into the talent pool is scheduled for deletion.
  IF NEW."status" = 'REJECTED' AND NOT NEW."talent_pool_opt_in" AND NEW."scheduled_deletion_at" IS NULL THEN
    PERFORM "raise_check_violation"('applications_retention', 'a rejected application without talent-pool opt-in needs scheduled_deletion_at');
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "applications_invariants" BEFORE INSERT OR UPDATE ON "applications"
  FOR EACH ROW EXECUTE FUNCTION "applications_invariants"();

CREATE FUNCTION "uploads_invariants"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Exactly one owner, so deleting that owner finds the file (R6).
  IF num_nonnulls(NEW."owner_user_id", NEW."company_id") <> 1 THEN
    PERFORM "raise_check_violation"('uploads_single_owner', 'an upload belongs to exactly one user or one company');
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "uploads_invariants" BEFORE INSERT OR UPDATE ON "uploads"
  FOR EACH ROW EXECUTE FUNCTION "uploads_invariants"();

CREATE FUNCTION "plans_invariants"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF LEAST(NEW."monthly_price", NEW."searches_per_day", NEW."searches_per_minute",
           NEW."result_cap_per_query", NEW."invitations_per_month") < 0 OR NEW."seats" < 1 THEN
    PERFORM "raise_check_violation"('plans_limits', 'plan limits must be non-negative and seats at least 1');
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "plans_invariants" BEFORE INSERT OR UPDATE ON "plans"
  FOR EACH ROW EXECUTE FUNCTION "plans_invariants"();

-- R7: consent history is append-only. Updates are always refused; deletes only as part of
-- deleting the account (the FK cascade runs after the user row is gone).
CREATE FUNCTION "consent_events_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    RAISE EXCEPTION 'consent_events is append-only: record a new event instead of updating one';
  END IF;
  IF EXISTS (SELECT 1 FROM "users" WHERE "id" = OLD."user_id") THEN
    RAISE EXCEPTION 'consent_events is append-only: rows leave only with their account';
  END IF;
  RETURN OLD;
END;
$$;
CREATE TRIGGER "consent_events_append_only" BEFORE UPDATE OR DELETE ON "consent_events"
  FOR EACH ROW EXECUTE FUNCTION "consent_events_append_only"();
