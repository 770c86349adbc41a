import { createServer, request, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, describe, expect, it } from "vitest";

import { PEER_ADDRESS_HEADER } from "@/lib/http/client-address";
import { recordPeerAddresses } from "@/lib/http/peer-address";

describe("recordPeerAddresses", () => {
  let seen: IncomingHttpHeaders | undefined;
  const server = createServer((incoming, response) => {
    seen = incoming.headers;
    response.end();
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it("writes the socket's address over a header of the same name sent by the client", async () => {
    recordPeerAddresses();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    await new Promise<void>((resolve, reject) => {
      const outgoing = request({ port, host: "127.0.0.1", headers: { [PEER_ADDRESS_HEADER]: "6.6.6.6" } }, (response) => {
        response.resume();
        response.on("end", resolve);
      });
      outgoing.on("error", reject);
      outgoing.end();
    });
    expect(seen?.[PEER_ADDRESS_HEADER]).toBe("127.0.0.1");
  });
});
