-- DropIndex
DROP INDEX "saved_searches_member_id_idx";

-- CreateIndex
CREATE UNIQUE INDEX "saved_searches_member_id_name_key" ON "saved_searches"("member_id", "name");
