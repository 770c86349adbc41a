import { describe, expect, it } from "vitest";
import { parseId } from "@/lib/ids";
import { MAX_FORM_BODY_BYTES } from "@/lib/http/limits";
import {
  BAD_ADDRESS,
  isFormPost,
  LENGTH_REQUIRED,
  lengthRefusal,
  targetRefusal,
  TOO_LARGE,
} from "@/lib/http/request-checks";

const at = (target: string) => targetRefusal(`http://localhost:3000${target}`);

describe("targetRefusal", () => {
  it.each(["/films/%E0%A4%A", "/films/%", "/films/akira%00", "/search?q=%ZZ", "/search?q=a%00b", "/search?q=%E0"])(
    "refuses %s",
    (target) => {
      expect(at(target)).toBe(BAD_ADDRESS);
    },
  );

  it.each(["/", "/films/akira", "/search?q=%E3%81%82", "/search?q=a+b&page=2", "/films/%2F", "/search?q=100%25"])(
    "lets %s through",
    (target) => {
      expect(at(target)).toBeNull();
    },
  );
});

describe("form posts", () => {
  const headers = (entries: Record<string, string>) => new Headers(entries);

  it("are multipart or marked as an action, and only POSTs", () => {
    expect(isFormPost("POST", headers({ "content-type": "multipart/form-data; boundary=x" }))).toBe(true);
    expect(isFormPost("POST", headers({ "next-action": "abc", "content-type": "text/plain" }))).toBe(true);
    expect(isFormPost("POST", headers({ "content-type": "application/x-www-form-urlencoded" }))).toBe(false);
    expect(isFormPost("GET", headers({ "content-type": "multipart/form-data; boundary=x" }))).toBe(false);
  });

  it("are refused without a length, or over the limit", () => {
    expect(lengthRefusal(headers({}))).toBe(LENGTH_REQUIRED);
    expect(lengthRefusal(headers({ "content-length": "12abc" }))).toBe(LENGTH_REQUIRED);
    expect(lengthRefusal(headers({ "content-length": String(MAX_FORM_BODY_BYTES + 1) }))).toBe(TOO_LARGE);
    expect(lengthRefusal(headers({ "content-length": String(MAX_FORM_BODY_BYTES) }))).toBeNull();
  });
});

describe("parseId", () => {
  it.each([
    ["1", 1],
    ["2147483647", 2_147_483_647],
  ])("reads %s", (raw, id) => {
    expect(parseId(raw)).toBe(id);
  });

  it.each(["", "0", "-1", "007", "1e3", "0x10", " 7", "7 ", "2147483648", "99999999999", "1.5", "abc"])(
    "refuses %j",
    (raw) => {
      expect(parseId(raw)).toBeNull();
    },
  );
});
