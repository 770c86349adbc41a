// Only HTTP here: malformed requests that no browser would send, each of which once got a 500 or the
// error page. The `request` fixture needs no browser, so this spec uses Playwright's own `test`.
import { expect, test } from "@playwright/test";

const PLAIN = /^text\/plain/;

test.describe("malformed addresses", () => {
  for (const path of ["/films/%E0%A4%A", "/films/akira%00", "/films/%", "/search?q=%ZZ", "/search?q=a%00b"]) {
    test(`${path} is a 400 with a plain message`, async ({ request }) => {
      const response = await request.get(path);
      expect(response.status()).toBe(400);
      expect(response.headers()["content-type"]).toMatch(PLAIN);
      expect(await response.text()).toContain("This address is malformed");
    });
  }

  test("an API address is a 400 in the API's JSON error shape", async ({ request }) => {
    const response = await request.get("/api/v1/films/%E0%A4%A");
    expect(response.status()).toBe(400);
    expect((await response.json()).error).toMatchObject({ code: "bad_request" });
  });
});

test.describe("ids", () => {
  for (const path of ["/lists/2147483648", "/lists/99999999999", "/lists/1e3", "/lists/abc", "/images/2147483648"]) {
    test(`${path} is not found`, async ({ request }) => {
      expect((await request.get(path)).status()).toBe(404);
    });
  }

  for (const id of ["2147483648", "abc", "0x10"]) {
    test(`the viewer API answers 400 in JSON for film id ${id}`, async ({ request }) => {
      const response = await request.get(`/api/viewer/films/${id}`);
      expect(response.status()).toBe(400);
      expect(await response.json()).toEqual({ error: "A film id is a whole number from 1 to 2147483647." });
    });
  }
});

test.describe("form bodies", () => {
  const form = "/films/akira/edit/poster";

  test("a malformed multipart body is a 400 with a plain message", async ({ request }) => {
    const response = await request.post(form, {
      headers: { "Content-Type": "multipart/form-data; boundary=keyframe" },
      data: '--keyframe\r\nContent-Disposition: form-data; name="image"\r\n\r\nno closing boundary',
    });
    expect(response.status()).toBe(400);
    expect(response.headers()["content-type"]).toMatch(PLAIN);
    expect(await response.text()).toContain("could not be read");
  });

  test("a malformed multipart body to a script's action call is a 400 too", async ({ request }) => {
    // A real action's id, as the sign-in form carries it for posting without JavaScript.
    const page = await (await request.get("/sign-in")).text();
    const actionId = /{&quot;id&quot;:&quot;([0-9a-f]+)&quot;/.exec(page)?.[1];
    expect(actionId).toBeDefined();
    const response = await request.post("/sign-in", {
      headers: { "Content-Type": "multipart/form-data; boundary=keyframe", "Next-Action": actionId! },
      data: "not multipart at all",
    });
    expect(response.status()).toBe(400);
  });

  test("a malformed multipart body is a 400 on the pages whose reads skip the checks too", async ({ request }) => {
    for (const path of ["/", "/films/akira", "/about"]) {
      const response = await request.post(path, {
        headers: { "Content-Type": "multipart/form-data; boundary=keyframe" },
        data: "not multipart at all",
      });
      expect(response.status(), path).toBe(400);
    }
  });

  test("a body over the limit is a 413 with a plain message", async ({ request }) => {
    const boundary = "keyframe";
    const body = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="image"; filename="big.png"\r\n\r\n`),
      Buffer.alloc(12 * 1024 * 1024, 1),
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const response = await request.post(form, {
      headers: { "Content-Type": `multipart/form-data; boundary=${boundary}` },
      data: body,
    });
    expect(response.status()).toBe(413);
    expect(response.headers()["content-type"]).toMatch(PLAIN);
    expect(await response.text()).toContain("images can be at most 10 MB");
  });
});
