import { expect, test } from "@playwright/test";

test("the stored admin session opens the dashboard without signing in again", async ({ page }) => {
  await page.goto("/admin");
  await expect(page.getByTestId("user-email")).toHaveText("admin@example.com");
  await expect(page.getByTestId("user-groups")).toContainText("MCP Gateway Admins");
});
