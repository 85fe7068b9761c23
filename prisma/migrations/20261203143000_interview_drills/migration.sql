-- AlterTable
ALTER TABLE "interview_states" ADD COLUMN     "drills" JSONB NOT NULL DEFAULT '[]';
