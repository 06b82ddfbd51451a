-- AlterTable
ALTER TABLE "Blob" ADD COLUMN     "objectKey" TEXT;

