import { expect, test, type Page } from "@playwright/test";
import { DEMO_FACTOR_CODE } from "@/idp/sign-in";
import { startStack, type Stack } from "../helpers/start-stack";
import { DEMO_PASSWORD } from "./sign-in";

// SSO_REQUIRE_MFA_FOR_ADMINS in a real browser: the login page starts Okta's step-up by itself.
// Its own portal, since the shared e2e stack runs with the policy off.

test.describe.configure({ mode: "serial" });

let stack: Stack;

test.beforeAll(async () => {
  stack = await startStack({
    idpBehaviour: { groupsClaim: true, groups: { "user@example.com": ["MCP Gateway Admins"] } },
    env: { SSO_OKTA_ADMIN_GROUPS: '["MCP Gateway Admins"]', SSO_REQUIRE_MFA_FOR_ADMINS: "true" },
  });
});

test.afterAll(async () => {
  await stack?.stop();
});

async function signInAtOkta(page: Page, email: string) {
  await expect(page.locator("#okta-signin-username")).toBeVisible();
  await page.locator("#okta-signin-username").fill(email);
  await page.locator("#okta-signin-password").fill(DEMO_PASSWORD);
  await page.locator("#okta-signin-submit").click();
}

test("an admin who signed in with a password only is asked for a factor and lands on the Overview", async ({ page }) => {
  await page.goto(`${stack.portal.url}/admin/login`);
  await page.getByRole("button", { name: "Continue with Okta" }).click();
  await signInAtOkta(page, "admin@example.com");

  // Back at the portal, which sends the browser straight back to Okta: password again, then the code.
  await signInAtOkta(page, "admin@example.com");
  await expect(page.locator("#okta-factor-code")).toBeVisible();
  await page.locator("#okta-factor-code").fill(DEMO_FACTOR_CODE);
  await page.locator("#okta-factor-verify").click();

  await expect(page.getByRole("heading", { name: "Overview" })).toBeVisible();
  await expect(page.getByTestId("user-email")).toHaveText("admin@example.com");
  await expect(page.getByTestId("mfa-policy")).toContainText("MFA required for the admin view");
});

test("an admin without a factor is signed in without admin access and told why", async ({ page }) => {
  await page.goto(`${stack.portal.url}/admin/login`);
  await page.getByRole("button", { name: "Continue with Okta" }).click();
  await signInAtOkta(page, "user@example.com");
  await signInAtOkta(page, "user@example.com");

  await expect(page.getByRole("heading", { name: "My account" })).toBeVisible();
  await expect(page.getByTestId("admin-withheld")).toContainText("did not use multifactor authentication");
  await page.goto(`${stack.portal.url}/admin/users`);
  await expect(page.getByRole("heading", { name: "Admins only" })).toBeVisible();
});
