import { expect, test } from "@playwright/test";
import { expectAccessible } from "./a11y";

const PAGES = [
  "/admin",
  "/admin/account",
  "/admin/users",
  "/admin/users?active=false",
  "/admin/teams",
  "/admin/teams/team-users",
  "/admin/sessions",
  "/admin/audit",
  "/admin/tokens",
  "/admin/settings",
];

for (const path of PAGES) {
  for (const theme of ["light", "dark"] as const) {
    test(`${path} has no axe violations (${theme})`, async ({ page, context, baseURL }) => {
      await context.addCookies([{ name: "theme", value: theme, url: baseURL! }]);
      await page.goto(path);
      await expect(page.locator("main")).toBeVisible();
      await expectAccessible(page);
    });
  }
}

test("a user page has no axe violations", async ({ page }) => {
  await page.goto("/admin/users?sort=email");
  await page.getByTestId("user-row").getByRole("link").first().click();
  await expect(page.getByRole("heading", { name: "Identity" })).toBeVisible();
  await expectAccessible(page);
});

test("the console works at phone width", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto("/admin/users");
  await page.getByRole("button", { name: "Menu" }).click();
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
  await expectAccessible(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
