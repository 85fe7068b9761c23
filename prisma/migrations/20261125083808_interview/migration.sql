-- CreateTable
CREATE TABLE "interview_states" (
    "board_id" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "phase" INTEGER NOT NULL,
    "budgets_sec" INTEGER[],
    "spent_ms" INTEGER[],
    "running_since" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 0,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "interview_states_pkey" PRIMARY KEY ("board_id")
);

-- CreateTable
CREATE TABLE "interview_snapshots" (
    "board_id" TEXT NOT NULL,
    "phase" INTEGER NOT NULL,
    "board" JSONB NOT NULL,
    "taken_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "interview_snapshots_pkey" PRIMARY KEY ("board_id","phase")
);

-- CreateTable
CREATE TABLE "interview_notes" (
    "board_id" TEXT NOT NULL,
    "notes" TEXT NOT NULL,
    "rubric" JSONB NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "interview_notes_pkey" PRIMARY KEY ("board_id")
);

-- AddForeignKey
ALTER TABLE "interview_states" ADD CONSTRAINT "interview_states_board_id_fkey" FOREIGN KEY ("board_id") REFERENCES "boards"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "interview_snapshots" ADD CONSTRAINT "interview_snapshots_board_id_fkey" FOREIGN KEY ("board_id") REFERENCES "boards"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "interview_notes" ADD CONSTRAINT "interview_notes_board_id_fkey" FOREIGN KEY ("board_id") REFERENCES "boards"("id") ON DELETE CASCADE ON UPDATE CASCADE;
