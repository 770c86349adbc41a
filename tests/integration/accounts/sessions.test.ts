import { beforeAll, describe, expect, it } from "vitest";

import type { JWT } from "next-auth/jwt";
import { changePassword } from "@/lib/auth/change-password";
import { authOptions } from "@/lib/auth/options";
import { verifyPassword } from "@/lib/auth/password";
import { createSession, readSession, revokeSession } from "@/lib/auth/sessions";
import { FieldError } from "@/lib/forms/form-state";
import { setUserRole } from "@/lib/users/mutations";
import { installQueryCounter } from "../../support/query-counter";
import { withTestDatabase } from "../../support/test-database";

const database = withTestDatabase();
let counter: ReturnType<typeof installQueryCounter>;

const PASSWORD = "memories-1995";
const NEW_PASSWORD = "a brand new passphrase";

beforeAll(() => {
  counter = installQueryCounter(database.url);
});

async function userOf(username: string) {
  return database.prisma.user.findUniqueOrThrow({ where: { username }, select: { id: true, role: true } });
}

describe("sessions", () => {
  it("reads the user with their session in one query, until the session is revoked", async () => {
    const editor = await userOf("editor");
    const [kept, ended] = [await createSession(editor.id), await createSession(editor.id)];
    const { result, queries } = await counter.count(() => readSession(ended, editor.id));
    expect(result).toEqual({ id: editor.id, username: "editor", displayName: "editor", role: "USER" });
    expect(queries).toBe(1);

    await revokeSession(ended);
    expect(await readSession(ended, editor.id)).toBeNull();
    expect(await readSession(kept, editor.id)).toMatchObject({ username: "editor" });
  });

  it("refuses a session named with another user's id, an unknown id, or one past its expiry", async () => {
    const editor = await userOf("editor");
    const admin = await userOf("admin");
    const session = await createSession(editor.id);
    expect(await readSession(session, admin.id)).toBeNull();
    expect(await readSession("no-such-session", editor.id)).toBeNull();
    expect(await readSession(session, editor.id, new Date(Date.now() + 31 * 24 * 60 * 60_000))).toBeNull();
  });

  it("ends every session of a user whose new role takes permissions away, and none on a promotion", async () => {
    const admin = await userOf("admin");
    const shels = await userOf("shels");
    const sessions = [await createSession(shels.id), await createSession(shels.id)];
    const adminSession = await createSession(admin.id);
    await setUserRole(admin, "shels", "MODERATOR");
    for (const session of sessions) expect(await readSession(session, shels.id)).toMatchObject({ role: "MODERATOR" });

    await setUserRole(admin, "shels", "TRUSTED");
    for (const session of sessions) expect(await readSession(session, shels.id)).toBeNull();
    expect(await readSession(adminSession, admin.id)).not.toBeNull();
  });

  it("ends the other sessions of someone who changes their password, and keeps theirs", async () => {
    const moderator = await userOf("moderator");
    const [current, other] = [await createSession(moderator.id), await createSession(moderator.id)];
    const input = { currentPassword: PASSWORD, password: NEW_PASSWORD, passwordConfirmation: NEW_PASSWORD };
    await changePassword(moderator, current, input);
    expect(await readSession(current, moderator.id)).not.toBeNull();
    expect(await readSession(other, moderator.id)).toBeNull();
    const { passwordHash } = await database.prisma.user.findUniqueOrThrow({ where: { id: moderator.id } });
    expect(await verifyPassword(NEW_PASSWORD, passwordHash ?? "")).toBe(true);
  });

  it("changes nothing and ends no session on a wrong current password or a common new one", async () => {
    const admin = await userOf("admin");
    const [current, other] = [await createSession(admin.id), await createSession(admin.id)];
    const before = (await database.prisma.user.findUniqueOrThrow({ where: { id: admin.id } })).passwordHash;
    const wrong = { currentPassword: "not it", password: NEW_PASSWORD, passwordConfirmation: NEW_PASSWORD };
    await expect(changePassword(admin, current, wrong)).rejects.toMatchObject({ field: "currentPassword" });
    const common = { currentPassword: PASSWORD, password: "password123", passwordConfirmation: "password123" };
    const error: unknown = await changePassword(admin, current, common).catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(FieldError);
    expect(error).toMatchObject({ field: "password", message: expect.stringMatching(/most common/) });
    expect((await database.prisma.user.findUniqueOrThrow({ where: { id: admin.id } })).passwordHash).toBe(before);
    expect(await readSession(other, admin.id)).not.toBeNull();
  });

  it("gives each sign-in through next-auth (OAuth) a session of its own, and keeps it on later reads", async () => {
    const editor = await userOf("editor");
    const jwt = authOptions.callbacks?.jwt;
    if (!jwt) throw new Error("authOptions has no jwt callback");
    const user = { id: String(editor.id) };
    const signedIn = (await jwt({ token: {}, user, account: null })) as JWT;
    expect(signedIn).toMatchObject({ sub: String(editor.id), sid: expect.any(String) });
    expect(await readSession(signedIn.sid ?? "", editor.id)).toMatchObject({ username: "editor" });
    const again = (await jwt({ token: {}, user, account: null })) as JWT;
    expect(again.sid).not.toBe(signedIn.sid);
    // Later reads pass the token without a user: the same session.
    expect(await jwt({ token: signedIn, user: undefined as never, account: null })).toEqual(signedIn);
  });

  it("is refused to signed-out people", async () => {
    const input = { currentPassword: PASSWORD, password: NEW_PASSWORD, passwordConfirmation: NEW_PASSWORD };
    await expect(changePassword(null, "any", input)).rejects.toThrow("You are not allowed to do this.");
  });
});
