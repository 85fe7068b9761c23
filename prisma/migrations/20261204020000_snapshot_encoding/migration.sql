-- AlterTable
ALTER TABLE "board_checkpoints" ADD COLUMN     "encoding" SMALLINT NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "board_snapshots" ADD COLUMN     "encoding" SMALLINT NOT NULL DEFAULT 1;
