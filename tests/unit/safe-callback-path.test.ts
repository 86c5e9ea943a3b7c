import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "@/lib/sso/safe-callback-path";

const APP = "https://portal.example.com";
const ADMIN = `${APP}/admin`;

describe("safeCallbackPath", () => {
  it.each([
    ["//x"],
    ["/\\x"],
    ["/\t/x"],
    ["/\n/x"],
    ["/\r/x"],
    ["\\/x"],
    ["\\\\x"],
    ["http:x"],
    ["https://evil.example/admin"],
    ["https://portal.example.com.evil.example/"],
    ["https://portal.example.com@evil.example/"],
    ["javascript:alert(document.cookie)"],
    ["JaVaScRiPt:alert(1)"],
    ["data:text/html,<script>alert(1)</script>"],
    [" //x"],
    ["\t//x"],
    ["/\\/x"],
    ["http://portal.example.com/admin"],
    ["https://portal.example.com:8443/admin"],
    [`/${"a".repeat(5000)}`],
    [""],
  ])("sends %j to /admin", (value) => {
    expect(safeCallbackPath(value, APP)).toBe(ADMIN);
  });

  it.each([
    ["/%09/x", `${APP}/%09/x`],
    ["/ /x", `${APP}/%20/x`],
    ["/admin/users?q=ann&status=active#top", `${APP}/admin/users?q=ann&status=active#top`],
    ["/admin/teams/abc?cursor=eyJ2IjoiMSJ9", `${APP}/admin/teams/abc?cursor=eyJ2IjoiMSJ9`],
    ["https://portal.example.com/admin/tokens?x=1", `${APP}/admin/tokens?x=1`],
    ["admin/sessions", `${APP}/admin/sessions`],
    // Same scheme as APP_URL: the parser reads it as a relative path, so it stays on the portal.
    ["https:x", `${APP}/x`],
  ])("keeps the same-origin destination %j", (value, expected) => {
    expect(safeCallbackPath(value, APP)).toBe(expected);
  });

  it("never returns a path a browser would read as another host", () => {
    // The URL parser normalises `/.//evil` to the path `//evil`: kept, but as an absolute URL on APP_URL.
    const result = safeCallbackPath("/.//evil.example", APP);
    expect(new URL(result).origin).toBe(APP);
    expect(result.startsWith(`${APP}/`)).toBe(true);
  });

  it("takes the first of repeated parameters and defaults when absent", () => {
    expect(safeCallbackPath(["/admin/users", "//x"], APP)).toBe(`${APP}/admin/users`);
    expect(safeCallbackPath(["//x", "/admin/users"], APP)).toBe(ADMIN);
    expect(safeCallbackPath(undefined, APP)).toBe(ADMIN);
    expect(safeCallbackPath(null, APP)).toBe(ADMIN);
  });

  it("works for an APP_URL with a port over http", () => {
    expect(safeCallbackPath("/\t/127.0.0.1:9/", "http://127.0.0.1:3000")).toBe("http://127.0.0.1:3000/admin");
    expect(safeCallbackPath("/admin?x=1", "http://127.0.0.1:3000")).toBe("http://127.0.0.1:3000/admin?x=1");
    expect(safeCallbackPath("https:x", "http://127.0.0.1:3000")).toBe("http://127.0.0.1:3000/admin");
  });
});
