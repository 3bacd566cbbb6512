-- AlterTable
ALTER TABLE "data_subject_requests" ADD COLUMN     "deadline_rule" TEXT;
