import { describe, expect, it, vi } from "vitest";

import { registerUser } from "@/lib/auth/mutations";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { RegisterSchema } from "@/lib/auth/schema";
import { FieldError } from "@/lib/forms/form-state";
import { RateLimitedError } from "@/lib/rate-limit";
import { renameSelf } from "@/lib/users/rename";
import { withTestDatabase } from "../../support/test-database";

// Spied on, not replaced: the hashes are real, and a test can see whether one was made.
vi.mock("@/lib/auth/password", { spy: true });

const database = withTestDatabase();

const PASSWORD = "perfect-blue-1997";

let addresses = 0;
/** A fresh client address, so that registrations not about the limit never reach it. */
const nextAddress = () => `198.51.100.${(addresses += 1)}`;

/** Parses a registration as the register action does, so names and emails are normalised. */
function registration(username: string, email = "", password = PASSWORD) {
  return RegisterSchema.parse({ username, email, password, passwordConfirmation: password });
}

async function renameSelfAs(username: string, displayName: string) {
  const actor = await database.prisma.user.findUniqueOrThrow({ where: { username }, select: { id: true, role: true } });
  return renameSelf(actor, displayName);
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
      nextAddress(),
    );
    expect(user).toEqual({ id: expect.any(Number), username: "kon-satoshi" });

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
    const user = await registerUser(registration("no-email"), "No Email", nextAddress());
    const saved = await database.prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(saved.email).toBeNull();
  });

  it.each(["editor", "Editor", "EDITOR", "Ｅｄｉｔｏｒ", "ADMIN", "Obsidian609"])(
    "refuses the taken username %j on the username field",
    async (username) => {
      const error = await fieldErrorOf(registerUser(registration(username), username, nextAddress()));
      expect(error.field).toBe("username");
      expect(error.message).toBe("That username is taken. Choose another one.");
    },
  );

  it("refuses a taken email, in any letter case, on the email field", async () => {
    await registerUser(registration("first-owner", "shared@example.com"), "First Owner", nextAddress());
    for (const email of ["shared@example.com", "Shared@Example.COM"]) {
      const error = await fieldErrorOf(
        registerUser(registration("second-owner", email), "Second Owner", nextAddress()),
      );
      expect(error.field).toBe("email");
      expect(error.message).toBe("An account already uses that email address.");
    }
    expect(await database.prisma.user.count({ where: { username: "second-owner" } })).toBe(0);
  });

  it("refuses a common password on the password field and saves nothing", async () => {
    const before = await database.prisma.user.count();
    for (const password of ["password123", "qwertyuiop", "Password123"]) {
      const error = await fieldErrorOf(registerUser(registration("careless", "", password), "Careless", nextAddress()));
      expect(error.field).toBe("password");
      expect(error.message).toMatch(/most common/);
    }
    expect(await database.prisma.user.count()).toBe(before);
    expect(await database.prisma.user.findUnique({ where: { username: "careless" } })).toBeNull();
  });

  it("reports the loser of a race for the same username on the username field", async () => {
    const results = await Promise.allSettled([
      registerUser(registration("racer"), "Racer", nextAddress()),
      registerUser(registration("RACER"), "RACER", nextAddress()),
    ]);
    expect(results.map((result) => result.status).sort()).toEqual(["fulfilled", "rejected"]);
    const rejected = results.find((result) => result.status === "rejected");
    expect(rejected?.reason).toBeInstanceOf(FieldError);
    expect(rejected?.reason).toMatchObject({ field: "username" });
    expect(await database.prisma.user.count({ where: { username: "racer" } })).toBe(1);
  });

  it("reports the loser of a race for the same email on the email field", async () => {
    const results = await Promise.allSettled([
      registerUser(registration("racer-a", "race@example.com"), "Racer A", nextAddress()),
      registerUser(registration("racer-b", "race@example.com"), "Racer B", nextAddress()),
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
    await expect(registerUser(input, "fullwidth-fan", nextAddress())).rejects.toMatchObject({ field: "password" });
    expect(await database.prisma.user.count({ where: { username: "fullwidth-fan" } })).toBe(0);
  });

  it("refuses a 6th account from one address within the hour, before hashing, and takes others", async () => {
    const address = "203.0.113.200";
    for (let index = 1; index <= 5; index += 1) {
      await registerUser(registration(`farm-${index}`), `farm-${index}`, address);
    }
    vi.mocked(hashPassword).mockClear();
    const refused: unknown = await registerUser(registration("farm-6"), "farm-6", address).catch(
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(RateLimitedError);
    expect(refused).toMatchObject({
      message: expect.stringMatching(
        /^Too many accounts were created from your network\. Try again in \d+ minutes?\.$/,
      ),
    });
    // Refused before the 128 MiB scrypt hash.
    expect(hashPassword).not.toHaveBeenCalled();
    expect(await database.prisma.user.count({ where: { username: "farm-6" } })).toBe(0);
    await registerUser(registration("farm-elsewhere"), "farm-elsewhere", "203.0.113.201");
    expect(hashPassword).toHaveBeenCalledTimes(1);
  });

  it("does not count a registration refused for its input against the address", async () => {
    const address = "203.0.113.210";
    for (let index = 1; index <= 6; index += 1) {
      await expect(registerUser(registration("editor"), "editor", address)).rejects.toBeInstanceOf(FieldError);
    }
    await registerUser(registration("honest-typo"), "honest-typo", address);
  });
});

describe("names that impersonate", () => {
  it.each([
    ["admin", "a reserved name"],
    ["Ａｄｍｉｎｉｓｔｒａｔｏｒ", "a reserved name"],
    ["key_frame", "a reserved name"],
    ["mandatory_network", "another user's name"],
    ["Mandatory-Network", "another user's name"],
  ])("refuses the username %j, %s", async (username) => {
    const error = await fieldErrorOf(registerUser(registration(username), username.normalize("NFKC"), "203.0.113.220"));
    expect(error.field).toBe("username");
    expect(error.message).toMatch(/taken|reserved/);
  });

  it("refuses a username that is another user's display name, folded", async () => {
    await renameSelfAs("jlanzer", "Lanzer The Great");
    const error = await fieldErrorOf(
      registerUser(registration("lanzer-the-great"), "lanzer-the-great", "203.0.113.221"),
    );
    expect(error).toMatchObject({ field: "username", message: "That name is taken. Choose another one." });
  });

  it("lets only one of two racing registrations take names that fold alike", async () => {
    const results = await Promise.allSettled([
      registerUser(registration("twin_name"), "twin_name", "203.0.113.222"),
      registerUser(registration("twin-name"), "twin-name", "203.0.113.223"),
    ]);
    expect(results.map((result) => result.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(results.find((result) => result.status === "rejected")?.reason).toMatchObject({ field: "username" });
  });
});
