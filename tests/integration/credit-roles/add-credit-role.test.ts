import { beforeAll, describe, expect, it } from "vitest";
import { AuthorizationError, type Actor } from "@/lib/auth/policy";
import { addCreditRole } from "@/lib/credit-roles/mutations";
import { listCreditRoles } from "@/lib/credit-roles/queries";
import { FieldError } from "@/lib/forms/form-state";
import { withTestDatabase } from "../../support/test-database";

const database = withTestDatabase();
let moderator: Actor;
let editor: Actor;

beforeAll(async () => {
  const actor = (username: string) =>
    database.prisma.user.findUniqueOrThrow({ where: { username }, select: { id: true, role: true } });
  [moderator, editor] = await Promise.all([actor("moderator"), actor("editor")]);
});

describe("the credit role vocabulary", () => {
  it("lets a moderator add a role, placed last, with its usage counted", async () => {
    await addCreditRole(moderator, { name: "Storyboard Artist" });
    const roles = await listCreditRoles();
    expect(roles.at(-1)).toMatchObject({ name: "Storyboard Artist", slug: "storyboard-artist", credits: 0 });
    expect(roles.find((role) => role.name === "Music")?.credits).toBeGreaterThan(0);
  });

  it("refuses a role that exists in another letter case", async () => {
    await expect(addCreditRole(moderator, { name: "key animator" })).rejects.toThrow(FieldError);
    await expect(addCreditRole(moderator, { name: "KEY ANIMATOR" })).rejects.toThrow("already exists");
  });

  it("is closed to members", async () => {
    await expect(addCreditRole(editor, { name: "Colorist" })).rejects.toThrow(AuthorizationError);
    expect(await database.prisma.creditRole.count({ where: { name: "Colorist" } })).toBe(0);
  });
});
