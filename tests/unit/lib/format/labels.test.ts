import { describe, expect, it } from "vitest";

import {
  contentRatingLabel,
  formatLabel,
  languageName,
  prominenceLabel,
  regionName,
  relationKindLabel,
} from "@/lib/format/labels";
import { roleLabel } from "@/lib/auth/roles";
import {
  ContentRating,
  FilmFormat,
  FilmRelationKind,
  Prominence,
  Role,
  SubmissionStatus,
} from "@/lib/generated/prisma/enums";
import { displayValue } from "@/lib/submissions/display";
import { submissionStatusLabel } from "@/lib/submissions/status";

describe("enum labels", () => {
  it("labels film formats", () => {
    expect(Object.values(FilmFormat).map(formatLabel)).toEqual(["Film", "TV series", "OVA", "ONA", "Special"]);
  });

  it("labels content ratings", () => {
    expect(Object.values(ContentRating).map(contentRatingLabel)).toEqual(["G", "PG", "PG-13", "R", "NC-17"]);
  });

  it("labels prominence", () => {
    expect(Object.values(Prominence).map(prominenceLabel)).toEqual(["Main", "Supporting", "Minor"]);
  });

  it("labels film relation kinds", () => {
    expect(Object.values(FilmRelationKind).map(relationKindLabel)).toEqual([
      "Similar",
      "Sequel",
      "Prequel",
      "Side story",
      "Adaptation",
      "Related",
    ]);
  });
});

describe("regionName", () => {
  it("names ISO 3166 alpha-2 regions in English", () => {
    expect(regionName("US")).toBe("United States");
    expect(regionName("JP")).toBe("Japan");
    expect(regionName("FR")).toBe("France");
  });

  it("accepts lowercase codes", () => {
    expect(regionName("jp")).toBe("Japan");
  });

  it("returns the code itself when it is unknown or malformed", () => {
    expect(regionName("XX")).toBe("XX");
    expect(regionName("USA")).toBe("USA");
    expect(regionName("")).toBe("");
  });
});

describe("languageName", () => {
  it("names languages in English", () => {
    expect(languageName("ja")).toBe("Japanese");
    expect(languageName("en")).toBe("English");
  });

  it("returns the code itself when it is unknown or malformed", () => {
    expect(languageName("xx")).toBe("xx");
    expect(languageName("not a code")).toBe("not a code");
  });
});

describe("labels for other enums readers see", () => {
  it("labels roles and submission statuses in words", () => {
    expect(Object.values(Role).map(roleLabel)).toEqual(["Member", "Trusted editor", "Moderator", "Admin"]);
    expect(Object.values(SubmissionStatus).map(submissionStatusLabel)).not.toContain(undefined);
    expect(submissionStatusLabel("PENDING")).toBe("Pending review");
  });

  it("shows a proposed film's format as a word in diffs", () => {
    expect(displayValue("format", "FILM")).toBe("Film");
    expect(displayValue("format", "TV")).toBe("TV series");
    expect(displayValue("format", "unknown")).toBe("unknown");
  });
});
