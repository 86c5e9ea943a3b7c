import { describe, expect, it } from "vitest";
import { describeRequest } from "@/lib/request/describe-request";
import { resolveClientAddress } from "@/lib/request/resolve-client-address";
import { resolveRequestId } from "@/lib/request/resolve-request-id";

describe("resolveClientAddress", () => {
  it("with no trusted proxy takes the socket peer and ignores X-Forwarded-For", () => {
    expect(resolveClientAddress("203.0.113.7", "6.6.6.6", 0)).toBe("203.0.113.7");
    expect(resolveClientAddress("203.0.113.7", "6.6.6.6, 7.7.7.7", 0)).toBe("203.0.113.7");
  });

  it("with N trusted proxies takes the Nth entry from the right", () => {
    // client-forged, client as seen by the balancer (appended by it)
    expect(resolveClientAddress("10.0.0.2", "6.6.6.6, 198.51.100.4", 1)).toBe("198.51.100.4");
    // CDN saw the client, balancer saw the CDN
    expect(resolveClientAddress("10.0.0.2", "6.6.6.6, 198.51.100.4, 192.0.2.9", 2)).toBe("198.51.100.4");
  });

  it("with fewer entries than trusted hops takes the leftmost one given", () => {
    expect(resolveClientAddress("10.0.0.2", "198.51.100.4", 2)).toBe("198.51.100.4");
    expect(resolveClientAddress("10.0.0.2", " , 198.51.100.4 ,", 3)).toBe("198.51.100.4");
  });

  it("falls back to the socket peer when no usable X-Forwarded-For came through the proxies", () => {
    expect(resolveClientAddress("10.0.0.2", undefined, 1)).toBe("10.0.0.2");
    expect(resolveClientAddress("10.0.0.2", " , ", 1)).toBe("10.0.0.2");
    expect(resolveClientAddress("10.0.0.2", "6.6.6.6, not-an-address", 1)).toBe("10.0.0.2");
    expect(resolveClientAddress("10.0.0.2", "6.6.6.6, <script>", 1)).toBe("10.0.0.2");
  });

  it("normalises IPv4-mapped IPv6, brackets and ports", () => {
    expect(resolveClientAddress("::ffff:127.0.0.1", undefined, 0)).toBe("127.0.0.1");
    expect(resolveClientAddress("::1", undefined, 0)).toBe("::1");
    expect(resolveClientAddress("10.0.0.2", "198.51.100.4:51234", 1)).toBe("198.51.100.4");
    expect(resolveClientAddress("10.0.0.2", "[2001:DB8::1]:443", 1)).toBe("2001:db8::1");
    expect(resolveClientAddress("10.0.0.2", "::FFFF:198.51.100.4", 1)).toBe("198.51.100.4");
  });

  it("has no address for a socket that is already gone", () => {
    expect(resolveClientAddress(undefined, "6.6.6.6", 0)).toBeNull();
  });
});

describe("resolveRequestId", () => {
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

  it("keeps a well-formed id from a trusted proxy", () => {
    expect(resolveRequestId("lb-1a2b.3c:4_d-e", 1)).toBe("lb-1a2b.3c:4_d-e");
    expect(resolveRequestId("x".repeat(128), 1)).toBe("x".repeat(128));
  });

  it("makes a fresh one when nobody is trusted or the id is malformed", () => {
    expect(resolveRequestId("client-chosen", 0)).toMatch(uuid);
    expect(resolveRequestId(undefined, 1)).toMatch(uuid);
    expect(resolveRequestId("", 1)).toMatch(uuid);
    expect(resolveRequestId("x".repeat(129), 1)).toMatch(uuid);
    expect(resolveRequestId("a b", 1)).toMatch(uuid);
    expect(resolveRequestId("a\nb", 1)).toMatch(uuid);
    expect(resolveRequestId("a/b", 1)).toMatch(uuid);
    expect(resolveRequestId("x", 0)).not.toBe(resolveRequestId("x", 0));
  });
});

describe("describeRequest", () => {
  it("reads the address only from the header the server process sets, never X-Forwarded-For", () => {
    const context = describeRequest(new Headers({ "x-forwarded-for": "6.6.6.6", "x-real-ip": "7.7.7.7", "user-agent": "curl/8", "x-request-id": "r-1" }));
    expect(context).toEqual({ ip: null, userAgent: "curl/8", requestId: "r-1" });
    expect(describeRequest(new Headers({ "x-portal-client-ip": "203.0.113.7", "x-forwarded-for": "6.6.6.6" })).ip).toBe("203.0.113.7");
  });
});
