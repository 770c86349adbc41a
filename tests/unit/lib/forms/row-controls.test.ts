import { describe, expect, it } from "vitest";
import {
  addCountName,
  addRowsIntent,
  arrangesRows,
  emptyRowsAfter,
  moveRow,
  moveRowIntent,
  requestedRows,
  withoutRowControls,
  withRowMoved,
} from "@/lib/forms/numbered-rows";
import { byOrderInput } from "@/lib/forms/ordering";

describe("adding rows", () => {
  const posted = {
    "credits.0.person": "satoshi-kon",
    intent: addRowsIntent("credits"),
    [addCountName("credits")]: "5",
    [addCountName("characters")]: "10",
  };

  it("reads how many rows the button of a list asked for, and none for another list", () => {
    expect(arrangesRows(posted)).toBe(true);
    expect(requestedRows(posted, "credits")).toBe(5);
    expect(requestedRows(posted, "characters")).toBe(0);
    expect(requestedRows(null, "credits")).toBe(0);
  });

  it("asks for nothing when the post was a save, whatever the counts say", () => {
    const saved = { "credits.0.person": "satoshi-kon", [addCountName("credits")]: "10" };
    expect(arrangesRows(saved)).toBe(false);
    expect(requestedRows(saved, "credits")).toBe(0);
  });

  it("adds one row for a count the form does not offer", () => {
    for (const count of ["0", "7", "1000", "-5", "many", ""]) {
      expect(requestedRows({ ...posted, [addCountName("credits")]: count }, "credits")).toBe(1);
    }
  });

  it("reads the button of a list inside a row", () => {
    const voices = "characters.2.voices";
    expect(requestedRows({ intent: addRowsIntent(voices) }, voices)).toBe(1);
    expect(requestedRows({ intent: addRowsIntent(voices) }, "characters")).toBe(0);
  });

  it("takes the button and the counts out of what the section reads", () => {
    expect(withoutRowControls(posted)).toEqual({ "credits.0.person": "satoshi-kon" });
  });

  it("starts a list with one empty row below its rows, and a few when it has none", () => {
    expect(emptyRowsAfter(4)).toBe(1);
    expect(emptyRowsAfter(0)).toBe(3);
    expect(emptyRowsAfter(0, 1)).toBe(1);
  });
});

describe("moving rows", () => {
  const rows = ["a", "b", "c", "d"];

  it("takes a row out and puts it back at its new place", () => {
    expect(moveRow(rows, 2, 1)).toEqual(["a", "c", "b", "d"]);
    expect(moveRow(rows, 0, 3)).toEqual(["b", "c", "d", "a"]);
    expect(moveRow(rows, 3, 0)).toEqual(["d", "a", "b", "c"]);
  });

  it("changes nothing for a move to nowhere, or from nowhere", () => {
    expect(moveRow(rows, 0, -1)).toEqual(rows);
    expect(moveRow(rows, 3, 4)).toEqual(rows);
    expect(moveRow(rows, -1, 2)).toEqual(rows);
    expect(moveRow(rows, 1, 1)).toEqual(rows);
    expect(moveRow(rows, 1, 1.5)).toEqual(rows);
  });

  it("moves a row of a form without JavaScript by giving it an Order beyond its neighbour's", () => {
    const posted = {
      "credits.0.order": "1",
      "credits.0.person": "a",
      "credits.1.order": "2",
      "credits.1.person": "b",
      "credits.2.order": "3",
      "credits.2.person": "c",
    };
    const read = (fields: Record<string, string>) =>
      byOrderInput(
        [0, 1, 2].map((index) => ({
          index,
          order: fields[`credits.${index}.order`]!,
          row: fields[`credits.${index}.person`],
        })),
      );
    const up = withRowMoved({ ...posted, intent: moveRowIntent("credits", 2, "up") });
    expect(arrangesRows(up)).toBe(true);
    expect(read(up)).toEqual(["a", "c", "b"]);
    expect(read(withRowMoved({ ...posted, intent: moveRowIntent("credits", 0, "down") }))).toEqual(["b", "a", "c"]);
    // A number the person typed counts: the row goes one place beyond it.
    expect(
      read(withRowMoved({ ...posted, "credits.0.order": "2.5", intent: moveRowIntent("credits", 0, "up") })),
    ).toEqual(["a", "b", "c"]);
    expect(read(withRowMoved({ ...posted, intent: moveRowIntent("credits", 0, "up") }))).toEqual(["a", "b", "c"]);
  });

  it("moves nothing for a button naming no row", () => {
    const posted = { "credits.0.order": "1" };
    for (const intent of [
      moveRowIntent("credits", 7, "up"),
      moveRowIntent("aliases", 0, "up"),
      "move-row:credits:x:up",
    ]) {
      expect(withRowMoved({ ...posted, intent })).toEqual({ ...posted, intent });
    }
  });

  it("leaves the list it was given as it was", () => {
    const kept = [...rows];
    moveRow(rows, 0, 2);
    expect(rows).toEqual(kept);
  });

  it("renumbers rows so that the server reads them in their new order", () => {
    // With JavaScript a moved row keeps its inputs' number and posts its new place as its Order.
    const moved = moveRow(rows, 2, 0);
    const posted = moved.map((row, place) => ({ index: rows.indexOf(row), order: String(place + 1), row }));
    expect(byOrderInput(posted)).toEqual(["c", "a", "b", "d"]);
  });
});
