-- CreateTable
CREATE TABLE "replay_links" (
    "id" TEXT NOT NULL,
    "board_id" TEXT NOT NULL,
    "token_hash" TEXT NOT NULL,
    "include_notes" BOOLEAN NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "replay_links_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "replay_links_board_id_idx" ON "replay_links"("board_id");

-- AddForeignKey
ALTER TABLE "replay_links" ADD CONSTRAINT "replay_links_board_id_fkey" FOREIGN KEY ("board_id") REFERENCES "boards"("id") ON DELETE CASCADE ON UPDATE CASCADE;


