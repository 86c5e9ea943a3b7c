import { expect, test } from "@playwright/test";
import { signInWithOkta } from "./sign-in";

// @axe-core/playwright is not installed here; the integrator adds the axe scan to these pages.

test("a token created on the API tokens page works with the API and stops working once revoked", async ({ page, playwright, baseURL }) => {
  await page.goto("/admin/tokens");
  await page.getByLabel("Name").fill("e2e-token");
  await page.getByLabel("Expires after").selectOption("7");
  // Enter in the field must not skip the confirmation.
  await page.getByLabel("Name").press("Enter");
  await expect(page.getByRole("button", { name: "Create token" })).toBeVisible();
  await page.getByRole("button", { name: "Create token" }).click();
  await page.getByRole("button", { name: "Confirm create token" }).click();
  const secret = await page.getByTestId("token-secret").inputValue();
  expect(secret).toMatch(/^mcpp_[\w-]{43}$/);

  // A clean client: no cookies, only the Bearer token.
  const api = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${secret}` } });
  const users = await api.get("/auth/users");
  expect(users.status()).toBe(200);
  expect(JSON.stringify(await users.json())).toContain("admin@example.com");

  // The list refreshes under the form at once; the secret is gone after a reload.
  const row = page.getByTestId("token-row").filter({ hasText: "e2e-token" });
  await expect(row).toHaveCount(1);
  await page.reload();
  await expect(row.getByTestId("token-status")).toHaveText("Active");
  await expect(row.getByTestId("token-last-used")).not.toHaveText("Never");
  await expect(page.getByTestId("token-secret")).toHaveCount(0);

  await row.getByRole("button", { name: "Revoke e2e-token" }).click();
  await row.getByRole("button", { name: "Confirm revoke e2e-token" }).click();
  await expect(page.getByRole("status")).toContainText('Revoked the token "e2e-token"');
  await expect(page.getByTestId("token-row").filter({ hasText: "e2e-token" }).getByTestId("token-status")).toContainText("Revoked");

  const refused = await api.get("/auth/users");
  expect(refused.status()).toBe(401);
  await api.dispose();

  await page.goto("/admin/audit?type=token.revoked");
  await expect(page.getByTestId("audit-row").first()).toContainText("token.revoked");
});

test("teams: create with an id, add and remove a member by hand, rename and delete, each confirmed", async ({ page }) => {
  await page.goto("/admin/teams");
  await expect(page.getByTestId("team-row").filter({ hasText: "team-admins" })).toContainText("MCP Gateway Admins");
  await page.getByLabel("Name").fill("E2E Team");
  await page.getByLabel(/^Id/).fill("team-e2e");
  await page.getByRole("button", { name: "Create team" }).click();
  await page.getByRole("button", { name: "Confirm create team" }).click();
  await expect(page.getByRole("status")).toContainText("Created the team E2E Team (id team-e2e)");

  await page.getByRole("link", { name: "E2E Team" }).click();
  await expect(page.getByTestId("team-id")).toHaveText("team-e2e");
  await page.getByLabel("Email").fill("nobody@example.com");
  await page.getByRole("button", { name: "Add member" }).click();
  await page.getByRole("button", { name: "Confirm add member" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("No user with the email nobody@example.com");
  await page.getByLabel("Email").fill("admin@example.com");
  await page.getByLabel("Role").selectOption("owner");
  await page.getByRole("button", { name: "Add member" }).click();
  await page.getByRole("button", { name: "Confirm add member" }).click();
  const member = page.getByTestId("member-row").filter({ hasText: "admin@example.com" });
  await expect(member).toContainText("owner");
  await expect(member).toContainText("Added by hand");

  await member.getByRole("button", { name: "Remove admin@example.com" }).click();
  await member.getByRole("button", { name: "Confirm remove admin@example.com" }).click();
  await expect(page.getByRole("status")).toContainText("Removed admin@example.com");
  await expect(page.getByTestId("member-row")).toHaveCount(0);

  await page.getByLabel("New name").fill("E2E Renamed");
  await page.getByRole("button", { name: "Rename" }).click();
  await page.getByRole("button", { name: "Confirm rename" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("E2E Renamed");

  await page.getByRole("button", { name: "Delete team" }).click();
  await page.getByRole("button", { name: "Confirm delete team" }).click();
  await expect(page).toHaveURL(/\/admin\/teams\?notice=/);
  await expect(page.getByTestId("team-row").filter({ hasText: "team-e2e" })).toHaveCount(0);

  await page.goto("/admin/audit?type=team.member_joined&user=admin%40example.com");
  await expect(page.getByTestId("audit-row").first().getByTestId("audit-details").locator("summary")).toContainText("source: manual");
});

test("sessions and audit pages work at phone width in dark mode without horizontal page scroll", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.emulateMedia({ colorScheme: "dark" });
  for (const path of ["/admin/sessions", "/admin/audit", "/admin/teams", "/admin/tokens"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  }
  await page.goto("/admin/sessions");
  await expect(page.getByTestId("session-lifetimes")).toContainText("30 min without use");
  await expect(page.getByTestId("session-row").filter({ hasText: "admin@example.com" }).first()).toBeVisible();

  await page.goto("/admin/audit");
  await page.getByLabel("Event type").selectOption("sso.login");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/type=sso\.login/);
  await expect(page.getByTestId("audit-row").first()).toContainText("sso.login");
  await expect(page.getByRole("link", { name: "Export CSV" })).toHaveAttribute("href", /\/admin\/audit\/export\?.*type=sso\.login/);
});

test("revoking all of a user's sessions on the Sessions page signs them out at their next request", async ({ page, browser }) => {
  const user = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const userPage = await user.newPage();
  await signInWithOkta(userPage, "user@example.com");
  await expect(userPage.getByTestId("user-email")).toHaveText("user@example.com");

  await page.goto("/admin/sessions");
  const row = page.getByTestId("session-row").filter({ hasText: "user@example.com" }).first();
  await row.getByRole("button", { name: "Revoke all of user" }).click();
  await row.getByRole("button", { name: "Confirm revoke all of user@example.com" }).click();
  await expect(page.getByRole("status")).toContainText(/Revoked \d+ sessions? of that user/);
  await expect(page.getByTestId("session-row").filter({ hasText: "user@example.com" })).toHaveCount(0);

  await userPage.reload();
  await expect(userPage).toHaveURL(/\/admin\/login/);
  await user.close();
});

test("the user page's Revoke says when the session had already ended, instead of claiming to revoke it", async ({ page, browser, context }) => {
  const user = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const userPage = await user.newPage();
  await signInWithOkta(userPage, "user@example.com");

  await page.goto("/admin/users?q=user%40example.com");
  await page.getByRole("link", { name: "user@example.com", exact: true }).click();
  const session = page.getByTestId("session-row").first();
  await expect(session).toBeVisible();

  // Meanwhile another admin tab ends all of that user's sessions.
  const other = await context.newPage();
  await other.goto("/admin/sessions");
  const row = other.getByTestId("session-row").filter({ hasText: "user@example.com" }).first();
  await row.getByRole("button", { name: "Revoke all of user" }).click();
  await row.getByRole("button", { name: "Confirm revoke all of user@example.com" }).click();
  await expect(other.getByRole("status")).toContainText(/Revoked \d+ sessions? of that user/);

  await session.getByRole("button", { name: "Revoke" }).click();
  await session.getByRole("button", { name: "Confirm revoke" }).click();
  await expect(page.getByText("That session has already ended.")).toBeVisible();
  await expect(page).toHaveURL(/\/admin\/users\/[^/?]+\?error=/);
  await user.close();
});
