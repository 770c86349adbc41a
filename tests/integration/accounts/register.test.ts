import { describe, expect, it } from "vitest";

import { registerUser } from "@/lib/auth/mutations";
import { verifyPassword } from "@/lib/auth/password";
import { RegisterSchema } from "@/lib/auth/schema";
import { FieldError } from "@/lib/forms/form-state";
import { withTestDatabase } from "../../support/test-database";

const database = withTestDatabase();

const PASSWORD = "perfect-blue-1997";

/** Parses a registration as the register action does, so names and emails are normalised. */
function registration(username: string, email = "", password = PASSWORD) {
  return RegisterSchema.parse({ username, email, password, passwordConfirmation: password });
}

/** The FieldError a registration fails with, or an assertion failure if it does not fail so. */
async function fieldErrorOf(work: Promise<unknown>): Promise<FieldError> {
  const error: unknown = await work.then(
    () => new Error("expected a FieldError, but the registration succeeded"),
    (reason: unknown) => reason,
  );
  if (!(error instanceof FieldError)) throw error;
  return error;
}

describe("registerUser", () => {
  it("creates a user with a scrypt hash of the password and the typed display name", async () => {
    const user = await registerUser(
      registration("Ｋｏｎ-Satoshi", " Kon@Example.com "),
      "Ｋｏｎ-Satoshi".normalize("NFKC"),
    );
    expect(user).toEqual({ id: expect.any(Number), username: "kon-satoshi", sessionVersion: 0 });

    const saved = await database.prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(saved).toMatchObject({
      username: "kon-satoshi",
      displayName: "Kon-Satoshi",
      email: "kon@example.com",
      role: "USER",
    });
    expect(saved.passwordHash).toMatch(/^scrypt\$/);
    expect(saved.passwordHash).not.toContain(PASSWORD);
    expect(await verifyPassword(PASSWORD, saved.passwordHash ?? "")).toBe(true);
  });

  it("saves no email when none is given", async () => {
    const user = await registerUser(registration("no-email"), "No Email");
    const saved = await database.prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(saved.email).toBeNull();
  });

  it.each(["editor", "Editor", "EDITOR", "Ｅｄｉｔｏｒ", "ADMIN", "Obsidian609"])(
    "refuses the taken username %j on the username field",
    async (username) => {
      const error = await fieldErrorOf(registerUser(registration(username), username));
      expect(error.field).toBe("username");
      expect(error.message).toBe("That username is taken. Choose another one.");
    },
  );

  it("refuses a taken email, in any letter case, on the email field", async () => {
    await registerUser(registration("first-owner", "shared@example.com"), "First Owner");
    for (const email of ["shared@example.com", "Shared@Example.COM"]) {
      const error = await fieldErrorOf(registerUser(registration("second-owner", email), "Second Owner"));
      expect(error.field).toBe("email");
      expect(error.message).toBe("An account already uses that email address.");
    }
    expect(await database.prisma.user.count({ where: { username: "second-owner" } })).toBe(0);
  });

  it("refuses a common password on the password field and saves nothing", async () => {
    const before = await database.prisma.user.count();
    for (const password of ["password123", "qwertyuiop", "Password123"]) {
      const error = await fieldErrorOf(registerUser(registration("careless", "", password), "Careless"));
      expect(error.field).toBe("password");
      expect(error.message).toMatch(/most common/);
    }
    expect(await database.prisma.user.count()).toBe(before);
    expect(await database.prisma.user.findUnique({ where: { username: "careless" } })).toBeNull();
  });

  it("reports the loser of a race for the same username on the username field", async () => {
    const results = await Promise.allSettled([
      registerUser(registration("racer"), "Racer"),
      registerUser(registration("RACER"), "RACER"),
    ]);
    expect(results.map((result) => result.status).sort()).toEqual(["fulfilled", "rejected"]);
    const rejected = results.find((result) => result.status === "rejected");
    expect(rejected?.reason).toBeInstanceOf(FieldError);
    expect(rejected?.reason).toMatchObject({ field: "username" });
    expect(await database.prisma.user.count({ where: { username: "racer" } })).toBe(1);
  });

  it("reports the loser of a race for the same email on the email field", async () => {
    const results = await Promise.allSettled([
      registerUser(registration("racer-a", "race@example.com"), "Racer A"),
      registerUser(registration("racer-b", "race@example.com"), "Racer B"),
    ]);
    const rejected = results.find((result) => result.status === "rejected");
    expect(rejected?.reason).toBeInstanceOf(FieldError);
    expect(rejected?.reason).toMatchObject({ field: "email" });
    expect(await database.prisma.user.count({ where: { email: "race@example.com" } })).toBe(1);
  });

  it('refuses a password whose NFKC form is common (e.g. full-width "ｐａｓｓｗｏｒｄ１２３")', async () => {
    const input = RegisterSchema.parse({
      username: "fullwidth-fan",
      email: "",
      password: "ｐａｓｓｗｏｒｄ１２３",
      passwordConfirmation: "ｐａｓｓｗｏｒｄ１２３",
    });
    await expect(registerUser(input, "fullwidth-fan")).rejects.toMatchObject({ field: "password" });
    expect(await database.prisma.user.count({ where: { username: "fullwidth-fan" } })).toBe(0);
  });
});
