import path from "node:path";
import { defineConfig } from "prisma/config";

// Prisma's CLI downloads a native schema engine, which offline machines cannot reach; the
// stand-in runs Prisma's own WebAssembly engine instead. A machine with the native engine can
// still point the variable at it.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.resolve(import.meta.dirname, "scripts/prisma-schema-engine.mjs");

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: {
    path: "prisma/migrations",
    seed: "tsx prisma/seed.ts",
  },
  datasource: {
    // `prisma generate` needs no database, so a missing URL must not fail it.
    url: process.env.DATABASE_URL ?? "",
  },
});
