import { expect, test } from "@playwright/test";

test("the stored admin session opens the dashboard without signing in again", async ({ page }) => {
  await page.goto("/admin");
  await expect(page.getByTestId("user-email")).toHaveText("admin@example.com");
  await expect(page.getByTestId("user-groups")).toContainText("MCP Gateway Admins");
  await page.getByTestId("menu-email").click();
  await expect(page.getByRole("heading", { name: "My account" })).toBeVisible();
  await expect(page.getByTestId("user-role")).toContainText("Portal admin (from Okta group)");
  await expect(page.getByTestId("user-teams")).toContainText("MCP Gateway Admins (owner, Okta group mapping)");
});

test("the overview loads its chart library only when the chart scrolls into view", async ({ page }) => {
  // Short enough that the chart starts below the fold.
  await page.setViewportSize({ width: 600, height: 200 });
  const scripts: string[] = [];
  page.on("response", (response) => void (response.request().resourceType() === "script" && scripts.push(response.url())));
  await page.goto("/admin");
  await expect(page.getByTestId("sign-in-summary")).toBeVisible();
  await page.waitForLoadState("networkidle");
  const beforeScroll = scripts.length;
  await expect(page.locator(".recharts-surface")).toHaveCount(0);

  await page.getByRole("heading", { name: "Sign-ins, last 30 days" }).scrollIntoViewIfNeeded();
  await expect(page.locator(".recharts-surface").first()).toBeVisible();
  expect(scripts.length).toBeGreaterThan(beforeScroll);
});
