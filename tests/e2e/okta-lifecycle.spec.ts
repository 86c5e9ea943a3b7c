import { expect, test } from "@playwright/test";
import { E2E_IDP_PORT } from "../../playwright.config";
import { DEMO_PASSWORD, signInWithOkta } from "./sign-in";

const IDP = `http://localhost:${E2E_IDP_PORT}`;

test("Universal Logout from Okta ends a live browser session", async ({ page }) => {
  await signInWithOkta(page, "user@example.com");
  await expect(page.getByTestId("user-email")).toHaveText("user@example.com");

  // Okta's admin (here the IdP's dashboard) logs the user out of every app.
  const admin = await page.context().browser()!.newPage();
  await admin.goto(`${IDP}/app/UserHome`);
  await admin.locator("#ul-email").selectOption("user@example.com");
  await admin.locator("#universal-logout").click();
  await expect(admin.getByText("the portal answered HTTP 204")).toBeVisible();
  await admin.close();

  await page.reload();
  await expect(page).toHaveURL(/\/admin\/login/);
});

test("an Okta suspension (event hook) ends a live browser session", async ({ page }) => {
  await signInWithOkta(page, "former@example.com");
  await expect(page.getByTestId("user-email")).toHaveText("former@example.com");

  const admin = await page.context().browser()!.newPage();
  await admin.goto(`${IDP}/app/UserHome`);
  await admin.locator("#suspend-email").selectOption("former@example.com");
  await admin.locator("#suspend").click();
  await expect(admin.getByText("the portal answered HTTP 200")).toBeVisible();
  await admin.close();

  await page.reload();
  await expect(page).toHaveURL(/\/admin\/login/);
});

test("the portal's tile on the Okta dashboard signs the person in and lands inside", async ({ page }) => {
  await page.goto(`${IDP}/app/UserHome`);
  await page.locator("#portal-tile").click();
  await expect(page.locator("#okta-signin-username")).toBeVisible();
  await page.locator("#okta-signin-username").fill("admin@example.com");
  await page.locator("#okta-signin-password").fill(DEMO_PASSWORD);
  await page.locator("#okta-signin-submit").click();
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByTestId("user-email")).toHaveText("admin@example.com");
});
