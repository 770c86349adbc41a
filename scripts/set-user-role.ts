// `npm run user:role -- <username> <ROLE>`: sets a role from the command line, e.g. the first
// admin of a new deployment. Whoever can run this already controls the server, so no policy applies.
import path from "node:path";
import { losesPermissions } from "../lib/auth/policy.ts";
import { RoleSchema, UsernameSchema } from "../lib/auth/schema.ts";
import { createPrismaClient } from "../lib/prisma-client.ts";
import { exitWith, StartupError } from "./lib/fail.ts";
import { openDatabase } from "./lib/open-database.ts";

async function main(): Promise<void> {
  const [rawUsername, rawRole] = process.argv.slice(2);
  const username = UsernameSchema.safeParse(rawUsername ?? "");
  const role = RoleSchema.safeParse((rawRole ?? "").toUpperCase());
  if (!username.success || !role.success) {
    throw new StartupError("Usage: npm run user:role -- <username> <USER|TRUSTED|MODERATOR|ADMIN>");
  }
  const database = await openDatabase(path.resolve(import.meta.dirname, ".."));
  const prisma = createPrismaClient(database.url);
  try {
    const user = await prisma.user.findUnique({ where: { username: username.data }, select: { id: true, role: true } });
    if (!user) throw new StartupError(`There is no user called ${username.data}.`);
    // As at /admin/users, a role that takes permissions away ends the user's sessions.
    await prisma.$transaction([
      prisma.user.update({ where: { id: user.id }, data: { role: role.data } }),
      ...(losesPermissions(user.role, role.data) ? [prisma.session.deleteMany({ where: { userId: user.id } })] : []),
    ]);
    console.log(`${username.data} is now ${role.data}.`);
  } finally {
    await prisma.$disconnect();
    await database.close();
  }
}

main().catch(exitWith);
