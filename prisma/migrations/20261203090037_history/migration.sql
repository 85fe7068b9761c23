-- AlterTable
ALTER TABLE "board_updates" ADD COLUMN     "authors" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "label" TEXT;

-- CreateTable
CREATE TABLE "board_checkpoints" (
    "board_id" TEXT NOT NULL,
    "through_seq" BIGINT NOT NULL,
    "data" BYTEA NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "board_checkpoints_pkey" PRIMARY KEY ("board_id","through_seq")
);

-- AddForeignKey
ALTER TABLE "board_checkpoints" ADD CONSTRAINT "board_checkpoints_board_id_fkey" FOREIGN KEY ("board_id") REFERENCES "boards"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Data: every existing snapshot becomes its board's first checkpoint. Compaction used to delete
-- the log entries a snapshot holds, so the versions left (seq > through_seq) are rebuilt from it.
INSERT INTO "board_checkpoints" ("board_id", "through_seq", "data", "created_at")
SELECT "board_id", "through_seq", "data", "updated_at" FROM "board_snapshots";
