import { expect, test } from "@playwright/test";
import { expectAccessible } from "./a11y";
import { signInWithOkta } from "./sign-in";

test("an account from an untrusted domain is told why it can't sign in", async ({ page }) => {
  await signInWithOkta(page, "outsider@untrusted.org");
  await expect(page).toHaveURL(/\/admin\/login\?error=untrusted_domain/);
  await expect(page.getByTestId("login-error")).toContainText("Accounts from @untrusted.org can't sign in here.");
});

test("a user Okta hasn't assigned sees Okta's words and what to do", async ({ page }) => {
  await signInWithOkta(page, "unassigned@example.com");
  await expect(page).toHaveURL(/error=access_denied/);
  const alert = page.getByTestId("login-error");
  await expect(alert).toContainText("User is not assigned to the client application.");
  await expect(alert).toContainText("Ask your Okta administrator to assign you to the application.");
});

test("an unverified email is refused with instructions", async ({ page }) => {
  await signInWithOkta(page, "unverified@example.com");
  await expect(page.getByTestId("login-error")).toContainText("Ask your Okta administrator to verify it");
});

test("a non-admin sees their own account and gets 403 on admin pages", async ({ page }) => {
  await signInWithOkta(page, "mfa@example.com");
  await expect(page.getByRole("heading", { name: "My account" })).toBeVisible();
  await expect(page.getByTestId("user-mfa")).toHaveText(/with MFA/);
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link")).toHaveText(["My account"]);
  const response = await page.goto("/admin/users");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "Admins only" })).toBeVisible();
});

test("the login page has no axe violations, with and without an error", async ({ page }) => {
  await page.goto("/admin/login");
  await expectAccessible(page);
  await page.goto("/admin/login?error=access_denied&error_description=User%20is%20not%20assigned");
  await expectAccessible(page);
});
