import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "Okta-demo-1";

/** Clicks "Continue with Okta" and signs in on the bundled IdP's form, as a person would. */
export async function signInWithOkta(page: Page, email: string): Promise<void> {
  await page.goto("/admin/login");
  await page.getByRole("button", { name: "Continue with Okta" }).click();
  await expect(page.locator("#okta-signin-username")).toBeVisible();
  await page.locator("#okta-signin-username").fill(email);
  await page.locator("#okta-signin-password").fill(DEMO_PASSWORD);
  await page.locator("#okta-signin-submit").click();
}
