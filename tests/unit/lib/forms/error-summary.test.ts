import { describe, expect, it } from "vitest";
import { errorFieldLabel, fieldControlId } from "@/lib/forms/error-summary";

describe("errorFieldLabel", () => {
  it("names a plain field by its name", () => {
    expect(errorFieldLabel("email")).toBe("Email");
    expect(errorFieldLabel("runtimeMinutes")).toBe("Runtime minutes");
  });

  it("names a row's field by the row's place, counting from one", () => {
    expect(errorFieldLabel("credits.12.person")).toBe("Row 13, Person");
    expect(errorFieldLabel("credits.0.newPerson")).toBe("Row 1, New person");
  });

  it("names a single-input row and a list as a whole", () => {
    expect(errorFieldLabel("aliases.3")).toBe("Row 4");
    expect(errorFieldLabel("credits")).toBe("Credits");
  });

  it("names a row inside a row by both places", () => {
    expect(errorFieldLabel("characters.2.voices.0.person")).toBe("Row 3, Voices row 1, Person");
  });
});

describe("fieldControlId", () => {
  it("is the id FieldShell gives the field's control", () => {
    expect(fieldControlId("credits.12.person")).toBe("field-credits.12.person");
  });
});
