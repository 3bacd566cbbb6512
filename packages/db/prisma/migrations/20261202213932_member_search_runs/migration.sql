-- CreateTable
CREATE TABLE "member_search_runs" (
    "member_id" UUID NOT NULL,
    "search_hash" TEXT NOT NULL,
    "counted_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "member_search_runs_pkey" PRIMARY KEY ("member_id","search_hash")
);

-- CreateIndex
CREATE INDEX "member_search_runs_counted_at_idx" ON "member_search_runs"("counted_at");

-- AddForeignKey
ALTER TABLE "member_search_runs" ADD CONSTRAINT "member_search_runs_member_id_fkey" FOREIGN KEY ("member_id") REFERENCES "company_members"("id") ON DELETE CASCADE ON UPDATE CASCADE;
