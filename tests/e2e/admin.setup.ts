import { expect, test as setup } from "@playwright/test";
import { ADMIN_STATE } from "../../playwright.config";
import { signInWithOkta } from "./sign-in";

// Logs in once through Okta; the admin project reuses the stored session.
setup("sign in as the demo admin", async ({ page }) => {
  await signInWithOkta(page, "admin@example.com");
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByTestId("user-email")).toHaveText("admin@example.com");
  await page.context().storageState({ path: ADMIN_STATE });
});
