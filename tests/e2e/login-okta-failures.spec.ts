// Real Okta failures in a real browser: a stack of its own (custom authorization server, run in this
// worker so the test can flip what the Okta admin configured), separate from the shared e2e stack.
import { expect, test, type Page } from "@playwright/test";
import { startStack, type Stack } from "../helpers/start-stack";
import { DEMO_PASSWORD } from "./sign-in";

let stack: Stack;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  stack = await startStack({ idpShape: "custom", idpBehaviour: { groupsClaim: false } });
});
test.afterAll(async () => {
  await stack?.stop();
});

async function continueWithOkta(page: Page): Promise<void> {
  await page.goto(`${stack.portal.url}/admin/login`);
  await page.getByRole("button", { name: "Continue with Okta" }).click();
}

async function signIn(page: Page, email: string): Promise<void> {
  await continueWithOkta(page);
  await page.locator("#okta-signin-username").fill(email);
  await page.locator("#okta-signin-password").fill(DEMO_PASSWORD);
  await page.locator("#okta-signin-submit").click();
}

test("a groups scope the custom authorization server lacks: Okta's words and where to add it", async ({ page }) => {
  await continueWithOkta(page);
  // The first sign-in against this fresh portal (button → Okta → callback → login page) may take a while.
  await page.waitForURL(/\/admin\/login\?error=invalid_scope/);
  const alert = page.getByTestId("login-error");
  await expect(alert).toContainText("One or more scopes are not configured for the authorization server resource.");
  await expect(alert).toContainText("Security → API → Authorization Servers → Scopes");
});

test("too many groups at the token endpoint: Okta's words and to narrow the filter", async ({ page }) => {
  stack.idp.behaviour.groupsClaim = true;
  stack.idp.behaviour.tooManyGroups = true;
  try {
    await signIn(page, "user@example.com");
    await expect(page).toHaveURL(/\/admin\/login\?error=too_many_groups/);
    const alert = page.getByTestId("login-error");
    await expect(alert).toContainText("The groups claim matched too many groups and must be configured to match fewer groups.");
    await expect(alert).toContainText("narrow the groups claim filter");
  } finally {
    stack.idp.behaviour.tooManyGroups = false;
    stack.idp.behaviour.groupsClaim = false;
  }
});

test("no access policy on the authorization server: names the policy, not an assignment", async ({ page }) => {
  stack.idp.behaviour.accessPolicy = false;
  stack.idp.behaviour.groupsClaim = true;
  try {
    await signIn(page, "user@example.com");
    await expect(page).toHaveURL(/\/admin\/login\?error=access_policy_failed/);
    const alert = page.getByTestId("login-error");
    await expect(alert).toContainText("Policy evaluation failed for this request");
    await expect(alert).toContainText("Access Policies");
  } finally {
    stack.idp.behaviour.accessPolicy = true;
    stack.idp.behaviour.groupsClaim = false;
  }
});

test("sign-out with an unregistered sign-out redirect: signed out of the portal, told the Okta session remains", async ({ page }) => {
  stack.idp.behaviour.groupsClaim = true;
  stack.idp.behaviour.logoutRedirectRegistered = false;
  try {
    await signIn(page, "user@example.com");
    await expect(page).toHaveURL(new RegExp(`${stack.portal.url}/admin$`));
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/admin\/login\?error=okta_session_remains/);
    await expect(page.getByTestId("login-error")).toContainText("your Okta session is still active");
    await page.goto(`${stack.portal.url}/admin`);
    await expect(page).toHaveURL(/\/admin\/login/);
  } finally {
    stack.idp.behaviour.logoutRedirectRegistered = true;
    stack.idp.behaviour.groupsClaim = false;
  }
});
