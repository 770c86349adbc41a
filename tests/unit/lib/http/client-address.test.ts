import { describe, expect, it } from "vitest";

import { clientAddressFrom, parseTrustedProxies, PEER_ADDRESS_HEADER } from "@/lib/http/client-address";

const request = (peer: string | null, forwardedFor?: string) => {
  const headers = new Headers();
  if (peer) headers.set(PEER_ADDRESS_HEADER, peer);
  if (forwardedFor !== undefined) headers.set("x-forwarded-for", forwardedFor);
  return headers;
};

describe("parseTrustedProxies", () => {
  it("trusts nothing when unset or empty", () => {
    expect(parseTrustedProxies(undefined)).toEqual({ hops: 0 });
    expect(parseTrustedProxies("  ")).toEqual({ hops: 0 });
  });

  it("reads a number of hops", () => {
    expect(parseTrustedProxies("2")).toEqual({ hops: 2 });
  });

  it("reads a list of addresses, CIDR ranges and named ranges", () => {
    expect(parseTrustedProxies("10.0.0.0/8, 2001:db8::1 ,loopback")).toEqual({
      addresses: ["10.0.0.0/8", "2001:db8::1", "loopback"],
    });
  });

  it("refuses a bad entry with one line naming it", () => {
    expect(() => parseTrustedProxies("10.0.0.0/8, proxy.example")).toThrow(
      /^TRUSTED_PROXIES: "proxy\.example" is not a number of hops, an IP address/,
    );
    expect(() => parseTrustedProxies("-1")).toThrow(/"-1"/);
    expect(() => parseTrustedProxies("10.0.0.0/99")).toThrow(/"10\.0\.0\.0\/99"/);
  });
});

describe("clientAddressFrom", () => {
  const none = { hops: 0 };

  it("trusting nothing, takes the socket's peer and ignores a forged X-Forwarded-For", () => {
    expect(clientAddressFrom(request("198.51.100.9", "203.0.113.7"), none)).toBe("198.51.100.9");
    expect(clientAddressFrom(request("198.51.100.9"), none)).toBe("198.51.100.9");
  });

  it("with one trusted hop, takes the address the proxy appended, not a forged left-most one", () => {
    const headers = request("127.0.0.1", "6.6.6.6, 198.51.100.9");
    expect(clientAddressFrom(headers, { hops: 1 })).toBe("198.51.100.9");
  });

  it("with two trusted hops, goes one further from the right", () => {
    const headers = request("10.0.0.2", "6.6.6.6, 198.51.100.9, 10.0.0.1");
    expect(clientAddressFrom(headers, { hops: 2 })).toBe("198.51.100.9");
  });

  it("with more hops than entries, ends at the left-most address", () => {
    expect(clientAddressFrom(request("10.0.0.2", "198.51.100.9"), { hops: 5 })).toBe("198.51.100.9");
  });

  it("with a list, skips trusted addresses from the right and stops at the first untrusted one", () => {
    const trusted = parseTrustedProxies("10.0.0.0/8, 127.0.0.1");
    expect(clientAddressFrom(request("127.0.0.1", "6.6.6.6, 198.51.100.9, 10.1.2.3"), trusted)).toBe("198.51.100.9");
    // A peer that is not a trusted proxy is the client, whatever it claims.
    expect(clientAddressFrom(request("198.51.100.9", "10.1.2.3"), trusted)).toBe("198.51.100.9");
  });

  it("handles IPv6 peers, entries and ranges, and IPv4-mapped peers", () => {
    const trusted = parseTrustedProxies("2001:db8::/32, 127.0.0.1");
    expect(clientAddressFrom(request("2001:db8::5", "2001:db8:ffff::1, 2a00:1450::7"), trusted)).toBe("2a00:1450::7");
    expect(clientAddressFrom(request("::ffff:127.0.0.1", "198.51.100.9"), trusted)).toBe("198.51.100.9");
    expect(clientAddressFrom(request("::1", "198.51.100.9"), none)).toBe("::1");
  });

  it("ignores empty entries and spaces in the header", () => {
    expect(clientAddressFrom(request("127.0.0.1", " , 198.51.100.9 ,"), { hops: 1 })).toBe("198.51.100.9");
  });

  it("without the peer header, takes the right-most entry (Next's copy of the socket) as the peer", () => {
    expect(clientAddressFrom(request(null, "198.51.100.9"), none)).toBe("198.51.100.9");
    expect(clientAddressFrom(request(null, "6.6.6.6, 198.51.100.9, 127.0.0.1"), { hops: 1 })).toBe("198.51.100.9");
  });

  it("is unknown when neither the peer nor the header says anything", () => {
    expect(clientAddressFrom(request(null), none)).toBe("unknown");
    expect(clientAddressFrom(request(null, " "), none)).toBe("unknown");
  });
});
