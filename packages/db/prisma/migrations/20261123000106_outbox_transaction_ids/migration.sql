-- AlterTable
ALTER TABLE "search_outbox_events" ADD COLUMN     "xid" xid8 NOT NULL DEFAULT pg_current_xact_id();

-- CreateIndex
CREATE INDEX "search_outbox_events_created_at_idx" ON "search_outbox_events"("created_at");
