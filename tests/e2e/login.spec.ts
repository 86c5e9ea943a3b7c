import { expect, test } from "@playwright/test";
import { signInWithOkta } from "./sign-in";

test("Continue with Okta → sign in → /admin shows the user → Sign out → /admin needs login again", async ({ page }) => {
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/admin\/login\?callbackUrl=%2Fadmin$/);
  await expect(page.getByRole("heading", { name: "MCP Gateway Identity Portal" })).toBeVisible();

  await signInWithOkta(page, "user@example.com");
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByTestId("user-email")).toHaveText("user@example.com");
  await expect(page.getByTestId("user-groups")).toContainText("MCP Gateway Users");

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/admin\/login$/);
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/admin\/login/);
  await expect(page.getByRole("button", { name: "Continue with Okta" })).toBeVisible();
});

test("the platform admin signs in with the local password form", async ({ page }) => {
  await page.goto("/admin/login");
  await page.getByLabel("Email", { exact: true }).fill("platform-admin@example.com");
  await page.getByLabel("Password", { exact: true }).fill("platform-admin-password");
  await page.getByRole("button", { name: "Sign in with password" }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByTestId("user-email")).toHaveText("platform-admin@example.com");
});

test("a wrong password shows one generic message", async ({ page }) => {
  await page.goto("/admin/login");
  await page.getByLabel("Email", { exact: true }).fill("platform-admin@example.com");
  await page.getByLabel("Password", { exact: true }).fill("wrong-password");
  await page.getByRole("button", { name: "Sign in with password" }).click();
  // Next's route announcer is also role=alert: pick the sign-in error by its content.
  await expect(page.getByRole("alert").filter({ hasText: "Sign-in failed" })).toContainText("The email or password is incorrect");
});
