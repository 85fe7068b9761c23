-- CreateTable
CREATE TABLE "boards" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "owner_key_hash" TEXT NOT NULL,
    "edit_key_hash" TEXT NOT NULL,
    "view_key_hash" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "boards_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "board_updates" (
    "seq" BIGSERIAL NOT NULL,
    "board_id" TEXT NOT NULL,
    "data" BYTEA NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "board_updates_pkey" PRIMARY KEY ("seq")
);

-- CreateTable
CREATE TABLE "board_snapshots" (
    "board_id" TEXT NOT NULL,
    "data" BYTEA NOT NULL,
    "through_seq" BIGINT NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "board_snapshots_pkey" PRIMARY KEY ("board_id")
);

-- CreateIndex
CREATE INDEX "board_updates_board_id_seq_idx" ON "board_updates"("board_id", "seq");

-- AddForeignKey
ALTER TABLE "board_updates" ADD CONSTRAINT "board_updates_board_id_fkey" FOREIGN KEY ("board_id") REFERENCES "boards"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "board_snapshots" ADD CONSTRAINT "board_snapshots_board_id_fkey" FOREIGN KEY ("board_id") REFERENCES "boards"("id") ON DELETE CASCADE ON UPDATE CASCADE;
