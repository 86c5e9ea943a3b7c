import { expect, test, type Browser } from "@playwright/test";
import { signInWithOkta } from "./sign-in";

/** A separate browser (no stored admin state) signed in as someone else. */
async function otherBrowser(browser: Browser, email: string) {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await signInWithOkta(page, email);
  await expect(page).toHaveURL(/\/admin$/);
  return { context, page };
}

test("users created by other logins appear in the table, and search and filters narrow it", async ({ page, browser }) => {
  for (const email of ["user@example.com", "mfa@example.com"]) await (await otherBrowser(browser, email)).context.close();

  await page.goto("/admin/users");
  const emails = page.getByTestId("user-row").getByRole("link");
  await expect(page.getByRole("table", { name: "Users" })).toContainText("mfa@example.com");
  await expect(page.getByRole("table", { name: "Users" })).toContainText("user@example.com");

  await page.getByLabel("Search").fill("mfa@");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/q=mfa%40/);
  await expect(emails).toHaveText(["mfa@example.com"]);

  await page.goto("/admin/users?admin=true&provider=okta");
  await expect(emails).toHaveText(["admin@example.com"]);
  await page.goto("/admin/users?team=team-users&sort=email");
  await expect(emails).toHaveText(["admin@example.com", "mfa@example.com", "user@example.com"]);
});

test("an invalid filter in the URL is reported, not a crash", async ({ page }) => {
  await page.goto("/admin/users?sort=shoe-size");
  await expect(page.getByText("Ignored an invalid filter")).toContainText("sort");
  await expect(page.getByTestId("user-row").first()).toBeVisible();
});

test("deactivating a user ends their open session in another browser at once, and reactivating lets them back", async ({ page, browser }) => {
  const other = await otherBrowser(browser, "user@example.com");

  await page.goto("/admin/users?q=user%40example.com");
  await page.getByRole("link", { name: "user@example.com" }).click();
  await expect(page.getByTestId("user-status")).toHaveText("Active");
  await page.getByRole("button", { name: "Deactivate" }).click();
  await page.getByRole("button", { name: "Confirm deactivate" }).click();
  await expect(page.getByRole("status")).toContainText("deactivated");
  await expect(page.getByTestId("user-status")).toHaveText("Deactivated");
  await expect(page.getByTestId("session-row")).toHaveCount(0);

  await other.page.reload();
  await expect(other.page).toHaveURL(/\/admin\/login/);
  // Okta's own session is still alive, so the button goes straight back to the portal's callback.
  await other.page.getByRole("button", { name: "Continue with Okta" }).click();
  await expect(other.page.getByTestId("login-error")).toContainText("Your account is deactivated.");

  await page.getByRole("button", { name: "Reactivate" }).click();
  await page.getByRole("button", { name: "Confirm reactivate" }).click();
  await expect(page.getByTestId("user-status")).toHaveText("Active");
  await other.page.getByRole("button", { name: "Continue with Okta" }).click();
  await expect(other.page).toHaveURL(/\/admin$/);
  await other.context.close();
});

test("the overview counts users and sign-ins", async ({ page }) => {
  await page.goto("/admin");
  await expect(page.getByRole("heading", { name: "Overview" })).toBeVisible();
  await expect(page.getByTestId("count-active-users")).not.toHaveText("0");
  await expect(page.getByTestId("sign-in-summary")).toContainText("succeeded");
  await expect(page.getByTestId("mfa-share")).toHaveText(/\d+%/);
});

test("Export CSV downloads the filtered rows", async ({ page }) => {
  await page.goto("/admin/users?provider=okta&sort=email&q=example.com");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Export CSV" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^users-\d{4}-\d{2}-\d{2}\.csv$/);
  const lines = (await (await import("node:fs/promises")).readFile((await download.path())!, "utf8")).trim().split("\r\n");
  expect(lines[0]).toBe("id,email,name,auth_provider,is_admin,is_active,okta_groups,teams,created_at,last_login,last_login_mfa");
  const emails = lines.slice(1).map((l) => l.split(",")[1]);
  const shown = await page.getByTestId("user-row").getByRole("link").allTextContents();
  expect(emails).toEqual(shown);
  expect(emails).not.toContain("platform-admin@example.com");
});
