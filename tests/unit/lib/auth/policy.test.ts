import { describe, expect, it } from "vitest";

import {
  AuthorizationError,
  can,
  canViewImage,
  losesPermissions,
  permissionsOf,
  requirePermission,
  type Permission,
} from "@/lib/auth/policy";
import type { Role } from "@/lib/generated/prisma/enums";

const actor = (role: Role) => ({ id: 1, role });

const ALL: Permission[] = [
  "submission:create",
  "submission:auto-approve",
  "submission:review",
  "revision:revert",
  "image:view-pending",
  "credit-role:create",
  "list:create",
  "list:edit:own",
  "list:like",
  "account:edit:own",
  "account:password:own",
  "user:list",
  "user:set-role",
];

describe("the permission table", () => {
  it.each<[Role, Permission[]]>([
    [
      "USER",
      ["submission:create", "list:create", "list:edit:own", "list:like", "account:edit:own", "account:password:own"],
    ],
    [
      "TRUSTED",
      [
        "submission:create",
        "submission:auto-approve",
        "list:create",
        "list:edit:own",
        "list:like",
        "account:edit:own",
        "account:password:own",
      ],
    ],
    [
      "MODERATOR",
      [
        "submission:create",
        "submission:auto-approve",
        "submission:review",
        "revision:revert",
        "image:view-pending",
        "credit-role:create",
        "list:create",
        "list:edit:own",
        "list:like",
        "account:edit:own",
        "account:password:own",
      ],
    ],
    ["ADMIN", ALL],
  ])("gives %s exactly %j", (role, permissions) => {
    expect(permissionsOf(role)).toEqual(permissions);
    for (const permission of ALL) expect(can(actor(role), permission)).toBe(permissions.includes(permission));
  });

  it("lets a USER propose edits and make lists, but not review, revert or set roles", () => {
    expect(can(actor("USER"), "submission:create")).toBe(true);
    expect(can(actor("USER"), "list:create")).toBe(true);
    expect(can(actor("USER"), "submission:auto-approve")).toBe(false);
    expect(can(actor("USER"), "submission:review")).toBe(false);
    expect(can(actor("USER"), "revision:revert")).toBe(false);
    expect(can(actor("USER"), "user:set-role")).toBe(false);
  });

  it("lets a MODERATOR review but not manage users", () => {
    expect(can(actor("MODERATOR"), "submission:review")).toBe(true);
    expect(can(actor("MODERATOR"), "user:list")).toBe(false);
    expect(can(actor("MODERATOR"), "user:set-role")).toBe(false);
  });

  it("lets an ADMIN set roles", () => {
    expect(can(actor("ADMIN"), "user:set-role")).toBe(true);
    expect(can(actor("ADMIN"), "user:list")).toBe(true);
  });

  it("lets nobody signed out do anything", () => {
    for (const permission of ALL) expect(can(null, permission)).toBe(false);
  });

  it("ignores an unknown role", () => {
    expect(can({ id: 1, role: "ROOT" as Role }, "submission:create")).toBe(false);
    expect(permissionsOf("ROOT" as Role)).toEqual([]);
  });
});

describe("requirePermission", () => {
  it("returns when the actor holds the permission", () => {
    expect(() => requirePermission(actor("ADMIN"), "user:set-role")).not.toThrow();
    expect(() => requirePermission(actor("USER"), "submission:create")).not.toThrow();
  });

  it("throws an AuthorizationError naming the permission otherwise", () => {
    for (const who of [null, actor("USER"), actor("TRUSTED"), actor("MODERATOR")]) {
      let thrown: unknown;
      try {
        requirePermission(who, "user:set-role");
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(AuthorizationError);
      expect(thrown).toBeInstanceOf(Error);
      expect(thrown).toMatchObject({ permission: "user:set-role", message: "You are not allowed to do this." });
    }
  });
});

describe("canViewImage", () => {
  const pending = { status: "PENDING" as const, uploadedById: 7 };

  it("shows an approved image to everyone, signed in or not", () => {
    expect(canViewImage(null, { status: "APPROVED", uploadedById: 7 })).toBe(true);
    expect(canViewImage(actor("USER"), { status: "APPROVED", uploadedById: null })).toBe(true);
  });

  it("shows a pending image only to its uploader and to moderators and admins", () => {
    expect(canViewImage({ id: 7, role: "USER" }, pending)).toBe(true);
    expect(canViewImage(actor("MODERATOR"), pending)).toBe(true);
    expect(canViewImage(actor("ADMIN"), pending)).toBe(true);
    expect(canViewImage(null, pending)).toBe(false);
    expect(canViewImage(actor("USER"), pending)).toBe(false);
    expect(canViewImage(actor("TRUSTED"), pending)).toBe(false);
    expect(canViewImage(actor("USER"), { status: "PENDING", uploadedById: null })).toBe(false);
  });
});

describe("losesPermissions", () => {
  it("is true for a demotion, false for a promotion or no change", () => {
    expect(losesPermissions("MODERATOR", "TRUSTED")).toBe(true);
    expect(losesPermissions("TRUSTED", "USER")).toBe(true);
    expect(losesPermissions("ADMIN", "MODERATOR")).toBe(true);
    expect(losesPermissions("USER", "TRUSTED")).toBe(false);
    expect(losesPermissions("TRUSTED", "ADMIN")).toBe(false);
    expect(losesPermissions("MODERATOR", "MODERATOR")).toBe(false);
  });
});
