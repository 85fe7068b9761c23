-- CreateTable
CREATE TABLE "interview_note_revisions" (
    "board_id" TEXT NOT NULL,
    "saved_at" TIMESTAMPTZ(3) NOT NULL,
    "notes" TEXT NOT NULL,
    "rubric" JSONB NOT NULL,

    CONSTRAINT "interview_note_revisions_pkey" PRIMARY KEY ("board_id","saved_at")
);

-- AddForeignKey
ALTER TABLE "interview_note_revisions" ADD CONSTRAINT "interview_note_revisions_board_id_fkey" FOREIGN KEY ("board_id") REFERENCES "boards"("id") ON DELETE CASCADE ON UPDATE CASCADE;


