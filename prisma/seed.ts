// Seeds Keyframe's database: `DATABASE_URL=postgresql://... npx tsx prisma/seed.ts`.
// Safe to run again: it inserts only what is missing (see prisma/seed/index.ts).
import { createPrismaClient } from "../lib/prisma-client";
import { seedDatabase } from "./seed/index";

async function main(): Promise<number> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error("seed: DATABASE_URL is not set; set it to the postgresql:// URL of the database to seed.");
    return 1;
  }
  const developmentUsers = process.env.NODE_ENV !== "production";
  const prisma = createPrismaClient(url);
  try {
    const { created, inserted } = await seedDatabase(prisma, {
      developmentUsers,
    });
    const counts = Object.entries(inserted)
      .map(([kind, count]) => `${count} ${kind}`)
      .join(", ");
    const users = developmentUsers ? "with development users" : "no development users: NODE_ENV=production";
    console.log(
      created ? `seed: inserted ${counts} (${users}).` : `seed: already seeded, nothing inserted (${users}).`,
    );
    return 0;
  } catch (error) {
    console.error(`seed: failed: ${(error instanceof Error ? error.message : String(error)).trim()}`);
    return 1;
  } finally {
    await prisma.$disconnect();
  }
}

process.exitCode = await main();
