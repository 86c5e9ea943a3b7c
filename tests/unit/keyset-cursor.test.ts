import { describe, expect, it } from "vitest";
import { keysetCursor } from "@/lib/db/keyset-cursor";
import { DomainError } from "@/lib/errors/domain-error";

const raw = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error instanceof DomainError ? `${error.kind}: ${error.detail}` : `other: ${String(error)}`;
  }
  return "accepted";
};

describe("the keyset cursor codec", () => {
  it("reads back what it wrote", () => {
    const at = new Date().toISOString();
    expect(keysetCursor.decode(keysetCursor.encode({ s: "created", v: at, id: "c1" }), "created", "date")).toEqual({ s: "created", v: at, id: "c1" });
    expect(keysetCursor.decode(keysetCursor.encode({ s: "last_login", v: null, id: "c1" }), "last_login", "date-or-null")).toMatchObject({ v: null });
    expect(keysetCursor.decode(keysetCursor.encode({ s: "name", v: "Zeta", id: "t" }), "name", "text")).toMatchObject({ v: "Zeta" });
  });

  it.each([
    ["a well-formed cursor whose date isn't one", raw({ s: "created", v: "x", id: "a" }), "date"],
    ["an impossible date", raw({ s: "created", v: "2026-02-31T00:00:00.000Z", id: "a" }), "date"],
    ["a cursor of another sort", raw({ s: "email", v: "a@example.com", id: "a" }), "date"],
    ["null where a date belongs", raw({ s: "created", v: null, id: "a" }), "date"],
    ["a missing id", raw({ s: "created", v: new Date().toISOString() }), "date"],
    ["an id of unbounded length", raw({ s: "created", v: new Date().toISOString(), id: "a".repeat(500) }), "date"],
    ["not JSON", Buffer.from("not json").toString("base64url"), "date"],
    ["JSON null", raw(null), "date"],
  ] as const)("refuses %s as invalid input naming the parameter", (_, cursor, kind) => {
    expect(refusal(() => keysetCursor.decode(cursor, "created", kind))).toMatch(/^invalid_input: Invalid parameter 'cursor'/);
  });
});
