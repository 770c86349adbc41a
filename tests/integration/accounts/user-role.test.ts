import { beforeAll, describe, expect, it } from "vitest";

import { AuthorizationError, type Actor } from "@/lib/auth/policy";
import { FieldError } from "@/lib/forms/form-state";
import { setUserRole } from "@/lib/users/mutations";
import { withTestDatabase } from "../../support/test-database";

const database = withTestDatabase();

let admin: Actor;
let moderator: Actor;
let editor: Actor;

beforeAll(async () => {
  const actors = await database.prisma.user.findMany({
    where: { username: { in: ["admin", "moderator", "editor"] } },
    select: { id: true, role: true, username: true },
  });
  const find = (username: string) => {
    const found = actors.find((actor) => actor.username === username);
    if (!found) throw new Error(`the seed has no ${username}`);
    return { id: found.id, role: found.role };
  };
  admin = find("admin");
  moderator = find("moderator");
  editor = find("editor");
});

const roleOf = async (username: string) =>
  (await database.prisma.user.findUniqueOrThrow({ where: { username }, select: { role: true } })).role;

describe("setUserRole", () => {
  it("is refused to signed-out people, USERs and MODERATORs, and changes nothing", async () => {
    expect(editor.role).toBe("USER");
    expect(moderator.role).toBe("MODERATOR");
    for (const actor of [null, editor, moderator]) {
      await expect(setUserRole(actor, "shels", "ADMIN")).rejects.toBeInstanceOf(AuthorizationError);
    }
    await expect(setUserRole(editor, "editor", "ADMIN")).rejects.toBeInstanceOf(AuthorizationError);
    expect(await roleOf("shels")).toBe("USER");
    expect(await roleOf("editor")).toBe("USER");
  });

  it("lets an admin make the editor TRUSTED, and back", async () => {
    expect(await setUserRole(admin, "editor", "TRUSTED")).toEqual({ username: "editor", role: "TRUSTED" });
    expect(await roleOf("editor")).toBe("TRUSTED");
    expect(await setUserRole(admin, "editor", "USER")).toEqual({ username: "editor", role: "USER" });
    expect(await roleOf("editor")).toBe("USER");
  });

  it("refuses an admin's own role on the role field", async () => {
    const error: unknown = await setUserRole(admin, "admin", "USER").catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(FieldError);
    expect(error).toMatchObject({ field: "role", message: "You cannot change your own role; ask another admin." });
    expect(await roleOf("admin")).toBe("ADMIN");
  });

  it("refuses an unknown username on the username field", async () => {
    const error: unknown = await setUserRole(admin, "nobody-here", "TRUSTED").catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(FieldError);
    expect(error).toMatchObject({ field: "username", message: "There is no user called nobody-here." });
  });

  it("checks the permission before looking the user up", async () => {
    await expect(setUserRole(editor, "nobody-here", "TRUSTED")).rejects.toBeInstanceOf(AuthorizationError);
  });
});
