import { describe, expect, it } from "vitest";
import { controlAfterMove, movedParam, parseMoved } from "@/lib/lists/moves";

describe("the last move in a list page's address", () => {
  it("reads back what the move wrote", () => {
    expect(parseMoved(movedParam(12, "up"))).toEqual({ itemId: 12, direction: "up" });
    expect(parseMoved("7-down")).toEqual({ itemId: 7, direction: "down" });
  });

  it.each([undefined, ["12-up"], "", "12", "12-left", "0-up", "-1-up", "1.5-up", "12-up-x", "x-up"])(
    "ignores %j",
    (value) => {
      expect(parseMoved(value)).toBeNull();
    },
  );
});

describe("the move button that keeps the focus", () => {
  it("is the one pressed while the film can go further that way", () => {
    expect(controlAfterMove("up", 2, 3)).toBe("up");
    expect(controlAfterMove("down", 2, 3)).toBe("down");
    expect(controlAfterMove("up", 101, 1000)).toBe("up");
  });

  it("is the other one once the film reaches the end that disables the one pressed", () => {
    expect(controlAfterMove("up", 1, 3)).toBe("down");
    expect(controlAfterMove("down", 3, 3)).toBe("up");
  });

  it("stays the one pressed on a list of one film, where both are disabled", () => {
    expect(controlAfterMove("up", 1, 1)).toBe("up");
    expect(controlAfterMove("down", 1, 1)).toBe("down");
  });
});
