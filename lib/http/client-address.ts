import proxyaddr from "proxy-addr";
import { z } from "zod";

/**
 * The socket's address, written on every request by `recordPeerAddresses` (peer-address.ts) over
 * anything a client sent under that name. Next itself keeps the socket's address only when the
 * request has no X-Forwarded-For, so a client could otherwise hide it behind a forged header.
 */
export const PEER_ADDRESS_HEADER = "x-keyframe-peer-address";

/** Whom to believe about the client's address: a number of proxies in front, or their addresses. */
export type TrustedProxies = { hops: number } | { addresses: string[] };

const HOPS = /^\d+$/;

const TrustedProxiesSchema = z
  .string()
  .trim()
  .transform((value, context): TrustedProxies => {
    if (value === "") return { hops: 0 };
    if (HOPS.test(value)) return { hops: Number(value) };
    const addresses = value.split(",").map((entry) => entry.trim()).filter(Boolean);
    for (const address of addresses) {
      try {
        proxyaddr.compile(address);
      } catch {
        context.addIssue({
          code: "custom",
          message: `TRUSTED_PROXIES: "${address}" is not a number of hops, an IP address, a CIDR range or loopback/linklocal/uniquelocal`,
        });
        return z.NEVER;
      }
    }
    return { addresses };
  });

/** Parses TRUSTED_PROXIES; throws an Error whose message is one line naming the bad entry. */
export function parseTrustedProxies(value: string | undefined): TrustedProxies {
  const parsed = TrustedProxiesSchema.safeParse(value ?? "");
  if (!parsed.success) throw new Error(parsed.error.issues[0]?.message ?? "TRUSTED_PROXIES is invalid");
  return parsed.data;
}

function trustOf(trusted: TrustedProxies): (address: string, hop: number) => boolean {
  if ("hops" in trusted) return (_address, hop) => hop < trusted.hops;
  return proxyaddr.compile(trusted.addresses);
}

/**
 * The client's address: from the socket's peer, walk X-Forwarded-For from the right while the
 * address is a trusted proxy (or within the trusted number of hops); the first one not trusted is
 * the client. Left-most entries, which any client can write, are never read past that point.
 * Without the peer header (a server that did not run instrumentation.ts), the right-most entry,
 * which Next fills from the socket when the header is absent, stands in for the peer.
 */
export function clientAddressFrom(headers: Headers, trusted: TrustedProxies): string {
  const chain = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const peer = headers.get(PEER_ADDRESS_HEADER)?.trim() || chain.pop();
  if (!peer) return "unknown";
  const request = { headers: { "x-forwarded-for": chain.join(", ") }, socket: { remoteAddress: peer } };
  return proxyaddr(request as unknown as Parameters<typeof proxyaddr>[0], trustOf(trusted));
}

let configured: TrustedProxies | undefined;

/** The client's address under the TRUSTED_PROXIES of this process (read once). */
export function clientAddressOf(headers: Headers): string {
  configured ??= parseTrustedProxies(process.env.TRUSTED_PROXIES);
  return clientAddressFrom(headers, configured);
}
