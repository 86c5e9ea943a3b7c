import { describe, expect, it } from "vitest";
import { tokenInput } from "@/lib/tokens/token-input";

describe("token lifetimes", () => {
  it.each(["1", "30", "365"])("accepts %s days without further confirmation", (days) => {
    expect(tokenInput.parse({ name: "ci", days })).toEqual({ name: "ci", days: Number(days) });
  });

  it("refuses more than a year unless the long-lived box is ticked, naming the field", () => {
    const refused = tokenInput.safeParse({ name: "ci", days: "730" });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0].path).toEqual(["days"]);
    expect(refused.error?.issues[0].message).toContain("longer than a year");
    expect(tokenInput.parse({ name: "ci", days: "730", longLived: "yes" })).toEqual({ name: "ci", days: 730, longLived: "yes" });
  });

  it("still caps lifetimes at ten years", () => {
    expect(tokenInput.safeParse({ name: "ci", days: "3651", longLived: "yes" }).success).toBe(false);
  });
});
