import { subscribe } from "node:diagnostics_channel";
import type { IncomingMessage } from "node:http";
import { PEER_ADDRESS_HEADER } from "./client-address";

let installed = false;

/**
 * Next's route handlers, server actions and proxy see headers, never the socket. Node publishes every
 * request on this channel before the server's handlers run, so the socket's address is written into
 * a header of ours, replacing whatever a client sent under that name.
 */
export function recordPeerAddresses(): void {
  if (installed) return;
  installed = true;
  subscribe("http.server.request.start", (message) => {
    const { request } = message as { request: IncomingMessage };
    const peer = request.socket.remoteAddress;
    if (peer) request.headers[PEER_ADDRESS_HEADER] = peer;
    else delete request.headers[PEER_ADDRESS_HEADER];
  });
}
