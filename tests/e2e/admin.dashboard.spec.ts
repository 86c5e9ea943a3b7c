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
