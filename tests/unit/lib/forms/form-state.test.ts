import { describe, expect, it } from "vitest";
import { z } from "zod";

import { RegisterSchema } from "@/lib/auth/schema";
import { failure, FieldError, formFields, initialFormState, zodErrors } from "@/lib/forms/form-state";

describe("formFields", () => {
  it("keeps the posted text fields and drops Next's $ACTION fields and files", () => {
    const formData = new FormData();
    formData.append("$ACTION_ID_7f3a9c", "");
    formData.append("$ACTION_REF_1", "");
    formData.append("$ACTION_1:0", '{"id":"7f3a9c","bound":"$@1"}');
    formData.append("$ACTION_KEY", "k0");
    formData.append("username", "Editor");
    formData.append("password", "memories-1995");
    formData.append("avatar", new Blob(["not text"]), "avatar.png");
    formData.append("note", "");
    expect(formFields(formData)).toEqual({ username: "Editor", password: "memories-1995", note: "" });
  });

  it("keeps the last value of a repeated field", () => {
    const formData = new FormData();
    formData.append("role", "USER");
    formData.append("role", "ADMIN");
    expect(formFields(formData)).toEqual({ role: "ADMIN" });
  });

  it("keeps a field that only mentions ACTION later in its name", () => {
    const formData = new FormData();
    formData.append("ACTION", "a");
    formData.append("x$ACTION", "b");
    expect(formFields(formData)).toEqual({ ACTION: "a", x$ACTION: "b" });
  });
});

describe("failure", () => {
  const values = { username: "kon", email: "kon@example.com", password: "secret-1", passwordConfirmation: "secret-2" };

  it("returns what was typed, without the omitted password fields", () => {
    expect(failure(values, { fieldErrors: { username: ["Taken."] } }, ["password", "passwordConfirmation"])).toEqual({
      ok: false,
      fieldErrors: { username: ["Taken."] },
      formError: undefined,
      values: { username: "kon", email: "kon@example.com" },
    });
  });

  it("defaults to no field errors and keeps everything when nothing is omitted", () => {
    expect(failure({ title: "Favourites" }, { formError: "Try again." })).toEqual({
      ok: false,
      fieldErrors: {},
      formError: "Try again.",
      values: { title: "Favourites" },
    });
  });

  it("does not modify the values it is given", () => {
    const copy = { ...values };
    failure(values, {}, ["password"]);
    expect(values).toEqual(copy);
  });
});

describe("zodErrors", () => {
  it("groups messages by field", () => {
    const result = RegisterSchema.safeParse({
      username: "a b",
      email: "nope",
      password: "short",
      passwordConfirmation: "short",
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(zodErrors(result.error)).toEqual({
      fieldErrors: {
        username: ["Use only letters a–z, digits, _ and - in a username."],
        email: ["Enter a valid email address, or leave it empty."],
        password: ["Passwords are at least 10 characters long."],
      },
      formError: undefined,
    });
  });

  it("keeps every message of a field, in order", () => {
    const schema = z.object({ code: z.string().min(5, "Too short.").regex(/^\d+$/, "Digits only.") });
    const result = schema.safeParse({ code: "ab" });
    if (result.success) throw new Error("expected a failure");
    expect(zodErrors(result.error).fieldErrors).toEqual({ code: ["Too short.", "Digits only."] });
  });

  it("turns unknown fields into a form error", () => {
    const result = RegisterSchema.safeParse({
      username: "kon-satoshi",
      email: "",
      password: "perfect-blue-1997",
      passwordConfirmation: "perfect-blue-1997",
      role: "ADMIN",
      id: "1",
    });
    if (result.success) throw new Error("expected a failure");
    expect(zodErrors(result.error)).toEqual({ fieldErrors: {}, formError: "Unexpected fields: role, id." });
  });

  it("turns an issue about the whole form into a form error", () => {
    const schema = z
      .object({ from: z.number(), to: z.number() })
      .refine((range) => range.from <= range.to, "The range is backwards.");
    const result = schema.safeParse({ from: 2, to: 1 });
    if (result.success) throw new Error("expected a failure");
    expect(zodErrors(result.error)).toEqual({ fieldErrors: {}, formError: "The range is backwards." });
  });

  it("names a nested issue by its full path, like the input it belongs to", () => {
    const schema = z.object({ releases: z.array(z.object({ title: z.string().min(1, "Enter a title.") })) });
    const result = schema.safeParse({ releases: [{ title: "Memories" }, { title: "" }] });
    if (result.success) throw new Error("expected a failure");
    expect(zodErrors(result.error).fieldErrors).toEqual({ "releases.1.title": ["Enter a title."] });
  });
});

describe("FieldError", () => {
  it("is an Error that names its field", () => {
    const error = new FieldError("email", "An account already uses that email address.");
    expect(error).toBeInstanceOf(Error);
    expect(error.field).toBe("email");
    expect(error.message).toBe("An account already uses that email address.");
  });

  it("starts forms with no state", () => {
    expect(initialFormState).toBeNull();
  });
});
