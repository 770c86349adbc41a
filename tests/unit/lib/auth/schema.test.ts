import { describe, expect, it } from "vitest";

import {
  ChangePasswordSchema,
  CallbackUrlSchema,
  ChangeRoleSchema,
  normalizeUsername,
  PASSWORD_MAX,
  PASSWORD_MIN,
  RegisterSchema,
  RoleSchema,
  SignInSchema,
  UsernameSchema,
} from "@/lib/auth/schema";

const SITE = "https://keyframe.example/sign-in";

/** The messages zod reports, per top-level field ("" for the object itself). */
function issuesOf(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return (result.error?.issues ?? []).map((issue) => [String(issue.path[0] ?? ""), issue.message]);
}

const registration = {
  username: "kon-satoshi",
  email: "",
  password: "perfect-blue-1997",
  passwordConfirmation: "perfect-blue-1997",
};

describe("normalizeUsername", () => {
  it("applies NFKC, trims and lower-cases", () => {
    expect(normalizeUsername("Ｅｄｉｔｏｒ")).toBe("editor");
    expect(normalizeUsername("  Obsidian609\t")).toBe("obsidian609");
    // U+212A KELVIN SIGN is NFKC-equivalent to K.
    expect(normalizeUsername("\u212Aon")).toBe("kon");
  });
});

describe("UsernameSchema", () => {
  it.each([
    ["Ｅｄｉｔｏｒ", "editor"],
    ["Obsidian609", "obsidian609"],
    ["MANDATORY-NETWORK", "mandatory-network"],
    [" shels ", "shels"],
    ["kon_satoshi-1", "kon_satoshi-1"],
    ["abc", "abc"],
    ["a".repeat(32), "a".repeat(32)],
  ])("accepts %j as %j", (input, expected) => {
    expect(UsernameSchema.parse(input)).toBe(expected);
  });

  it("rejects names shorter than 3 characters", () => {
    expect(issuesOf(UsernameSchema.safeParse("ab"))).toContainEqual(["", "Usernames are at least 3 characters long."]);
    expect(UsernameSchema.safeParse("").success).toBe(false);
    // Only spaces: nothing is left after trimming.
    expect(UsernameSchema.safeParse("     ").success).toBe(false);
  });

  it("rejects names longer than 32 characters, before and after normalisation", () => {
    expect(issuesOf(UsernameSchema.safeParse("a".repeat(33)))).toContainEqual([
      "",
      "Usernames are at most 32 characters long.",
    ]);
    expect(UsernameSchema.safeParse("a".repeat(65)).success).toBe(false);
    expect(UsernameSchema.safeParse("a".repeat(10_000)).success).toBe(false);
  });

  it.each(["kon satoshi", "kon.satoshi", "kon@satoshi", "kon/satoshi", "<script>", "今敏", "émile", "kon\u0000x"])(
    "rejects %j",
    (input) => {
      expect(issuesOf(UsernameSchema.safeParse(input))).toContainEqual([
        "",
        "Use only letters a–z, digits, _ and - in a username.",
      ]);
    },
  );
});

describe("RegisterSchema", () => {
  it("normalises the username and turns an empty email into null", () => {
    expect(RegisterSchema.parse({ ...registration, username: "Ｋｏｎ-Satoshi" })).toEqual({
      ...registration,
      username: "kon-satoshi",
      email: null,
    });
  });

  it("trims and lower-cases the email", () => {
    expect(RegisterSchema.parse({ ...registration, email: "  Kon@Example.COM " }).email).toBe("kon@example.com");
    expect(RegisterSchema.parse({ ...registration, email: "   " }).email).toBeNull();
  });

  it.each(["not-an-email", "kon@", "@example.com", "kon satoshi@example.com"])("rejects the email %j", (email) => {
    expect(issuesOf(RegisterSchema.safeParse({ ...registration, email }))).toEqual([
      ["email", "Enter a valid email address, or leave it empty."],
    ]);
  });

  it("rejects an over-long email", () => {
    const email = `${"a".repeat(250)}@example.com`;
    expect(issuesOf(RegisterSchema.safeParse({ ...registration, email }))).toContainEqual([
      "email",
      "Email addresses are at most 254 characters long.",
    ]);
  });

  it(`rejects passwords under ${PASSWORD_MIN} characters`, () => {
    const password = "a".repeat(PASSWORD_MIN - 1);
    expect(issuesOf(RegisterSchema.safeParse({ ...registration, password, passwordConfirmation: password }))).toEqual([
      ["password", "Passwords are at least 10 characters long."],
    ]);
    const exact = "a".repeat(PASSWORD_MIN);
    expect(RegisterSchema.safeParse({ ...registration, password: exact, passwordConfirmation: exact }).success).toBe(
      true,
    );
  });

  it(`rejects passwords over ${PASSWORD_MAX} characters`, () => {
    const password = "a".repeat(PASSWORD_MAX + 1);
    const issues = issuesOf(RegisterSchema.safeParse({ ...registration, password, passwordConfirmation: password }));
    expect(issues).toContainEqual(["password", "Passwords are at most 200 characters long."]);
    expect(issues.every(([field]) => field === "password" || field === "passwordConfirmation")).toBe(true);
  });

  it("reports a mismatched confirmation on passwordConfirmation", () => {
    expect(issuesOf(RegisterSchema.safeParse({ ...registration, passwordConfirmation: "perfect-blue-1998" }))).toEqual([
      ["passwordConfirmation", "The two passwords do not match."],
    ]);
  });

  it("rejects unknown extra fields", () => {
    const result = RegisterSchema.safeParse({ ...registration, role: "ADMIN" });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([expect.objectContaining({ code: "unrecognized_keys", keys: ["role"] })]);
  });

  it("reports every missing field", () => {
    expect(issuesOf(RegisterSchema.safeParse({})).map(([field]) => field)).toEqual([
      "username",
      "email",
      "password",
      "passwordConfirmation",
    ]);
  });
});

describe("SignInSchema", () => {
  it("normalises the username and defaults the callback to the home page", () => {
    expect(SignInSchema.parse({ username: " ＥＤＩＴＯＲ ", password: "memories-1995" })).toEqual({
      username: "editor",
      password: "memories-1995",
      callbackUrl: "/",
    });
  });

  it("requires a password but not a long one (old accounts may have short ones)", () => {
    expect(issuesOf(SignInSchema.safeParse({ username: "editor", password: "" }))).toEqual([
      ["password", "Enter your password."],
    ]);
    expect(SignInSchema.safeParse({ username: "editor", password: "x" }).success).toBe(true);
  });

  it("rejects over-long fields", () => {
    expect(issuesOf(SignInSchema.safeParse({ username: "a".repeat(65), password: "x" }))).toEqual([
      ["username", "Usernames are at most 32 characters long."],
    ]);
    expect(SignInSchema.safeParse({ username: "editor", password: "x".repeat(PASSWORD_MAX + 1) }).success).toBe(false);
    expect(
      SignInSchema.safeParse({ username: "editor", password: "x", callbackUrl: `/${"a".repeat(2000)}` }).success,
    ).toBe(false);
  });

  it("rejects unknown extra fields", () => {
    const result = SignInSchema.safeParse({ username: "editor", password: "x", remember: "on" });
    expect(result.error?.issues).toEqual([expect.objectContaining({ code: "unrecognized_keys", keys: ["remember"] })]);
  });
});

describe("CallbackUrlSchema", () => {
  it.each(["/", "/films/memories", "/films/memories?tab=credits#cast", "/search?q=a%2F%2Fb", "/users/obsidian609/"])(
    "keeps the path %j",
    (url) => {
      const kept = CallbackUrlSchema.parse(url);
      expect(kept).toBe(url);
      expect(new URL(kept, SITE).origin).toBe(new URL(SITE).origin);
    },
  );

  it.each([
    "https://evil.example",
    "http://evil.example/films",
    "//evil.example",
    "//evil.example/films/memories",
    "/\\evil.example",
    "\\\\evil.example",
    "\\/evil.example",
    "evil.example",
    "javascript:alert(1)",
    "films/memories",
    " /films",
    "",
    undefined,
  ])("replaces %j with the home page", (url) => {
    expect(CallbackUrlSchema.parse(url)).toBe("/");
  });

  it.each(["/\t/evil.example", "/\n/evil.example", "/\r/evil.example", "/\u0000x"])(
    "replaces %j, which browsers would resolve to another site, with the home page",
    (url) => {
      expect(CallbackUrlSchema.parse(url)).toBe("/");
    },
  );

  it("never yields a URL on another origin, whatever the input", () => {
    const inputs = ["/", "//", "/\\", "\\", "/a", "/./", "/%2F", "/%5C", "/../", "/.//evil.example", "///evil.example"];
    for (const input of inputs) {
      const kept = CallbackUrlSchema.parse(input);
      expect(new URL(kept, SITE).origin, input).toBe(new URL(SITE).origin);
    }
  });
});

describe("RoleSchema and ChangeRoleSchema", () => {
  it("accepts the four roles only", () => {
    for (const role of ["USER", "TRUSTED", "MODERATOR", "ADMIN"]) expect(RoleSchema.parse(role)).toBe(role);
    for (const role of ["admin", "SUPERUSER", "", " ADMIN"]) {
      expect(issuesOf(RoleSchema.safeParse(role))).toEqual([
        ["", "Choose one of Member, Trusted editor, Moderator or Admin."],
      ]);
    }
  });

  it("normalises the username and rejects extra fields", () => {
    expect(ChangeRoleSchema.parse({ username: "Ｅｄｉｔｏｒ", role: "TRUSTED" })).toEqual({
      username: "editor",
      role: "TRUSTED",
    });
    expect(ChangeRoleSchema.safeParse({ username: "editor", role: "TRUSTED", id: "1" }).success).toBe(false);
    expect(issuesOf(ChangeRoleSchema.safeParse({ username: "editor", role: "ROOT" }))).toEqual([
      ["role", "Choose one of Member, Trusted editor, Moderator or Admin."],
    ]);
  });
});

describe("ChangePasswordSchema", () => {
  const issuesOf = (input: Record<string, string>) => {
    const parsed = ChangePasswordSchema.safeParse(input);
    return parsed.success
      ? {}
      : Object.fromEntries(parsed.error.issues.map((issue) => [issue.path.join("."), issue.message]));
  };

  it("accepts the current password and a new one given twice", () => {
    const input = {
      currentPassword: "old one",
      password: "a new passphrase",
      passwordConfirmation: "a new passphrase",
    };
    expect(ChangePasswordSchema.parse(input)).toEqual(input);
  });

  it("asks for the current password, the registration rules and a matching confirmation", () => {
    expect(issuesOf({ currentPassword: "", password: "short", passwordConfirmation: "short" })).toEqual({
      currentPassword: "Enter your current password.",
      password: "Passwords are at least 10 characters long.",
    });
    expect(
      issuesOf({ currentPassword: "old one", password: "a new passphrase", passwordConfirmation: "another one" }),
    ).toEqual({ passwordConfirmation: "The two passwords do not match." });
  });
});
