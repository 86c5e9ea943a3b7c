import { expect, test, type APIRequestContext } from "@playwright/test";
import { signInWithOkta } from "./sign-in";

const PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

async function setActive(request: APIRequestContext, secret: string, id: string, active: boolean) {
  const response = await request.patch(`/scim/v2/Users/${id}`, {
    headers: { authorization: `Bearer ${secret}`, "content-type": "application/scim+json" },
    data: { schemas: [PATCH_OP], Operations: [{ op: "replace", value: { active } }] },
  });
  expect(response.status()).toBe(200);
}

test("the platform admin creates a SCIM token in Settings; a SCIM deactivation ends a signed-in user's browser session on the next request; revoking the token stops SCIM; Sync now runs directory sync", async ({
  page,
  browser,
  request,
}) => {
  await page.goto("/admin/login?callbackUrl=%2Fadmin%2Fsettings");
  await page.getByLabel("Email", { exact: true }).fill("platform-admin@example.com");
  await page.getByLabel("Password", { exact: true }).fill("platform-admin-password");
  await page.getByRole("button", { name: "Sign in with password" }).click();
  await expect(page).toHaveURL(/\/admin\/settings$/);
  await expect(page.getByRole("heading", { name: "Okta SSO" })).toBeVisible();

  await page.getByLabel("Token name").fill("okta-e2e");
  await page.getByRole("button", { name: "Create SCIM token" }).click();
  const secret = await page.getByTestId("scim-token-secret").inputValue();
  expect(secret).toMatch(/^mcpscim_/);
  const auth = { authorization: `Bearer ${secret}` };
  // Like API tokens, SCIM tokens expire: a year from now unless another lifetime was chosen.
  const inAYear = new Date(Date.now() + 365 * 86_400_000).toISOString().slice(0, 10);
  await expect(page.getByTestId("scim-token-row").filter({ hasText: "okta-e2e" }).getByTestId("scim-token-expires")).toContainText(inAYear);

  // The person signs in with Okta in their own browser.
  const userContext = await browser.newContext();
  const userPage = await userContext.newPage();
  await signInWithOkta(userPage, "user@example.com");
  await expect(userPage).toHaveURL(/\/admin$/);
  await expect(userPage.getByTestId("user-email")).toHaveText("user@example.com");

  const found = await request.get(`/scim/v2/Users?filter=${encodeURIComponent('userName eq "user@example.com"')}`, { headers: auth });
  const { Resources } = await found.json();
  const id = Resources[0].id as string;
  try {
    await setActive(request, secret, id, false);
    await userPage.reload();
    await expect(userPage).toHaveURL(/\/admin\/login/);
  } finally {
    await setActive(request, secret, id, true);
    await userContext.close();
  }

  await page.reload();
  const row = page.getByTestId("scim-token-row").filter({ hasText: "okta-e2e" });
  await expect(row).toContainText("Active");
  await row.getByRole("button", { name: "Revoke" }).click();
  await row.getByRole("button", { name: "Confirm revoke" }).click();
  await expect(page.getByRole("status")).toContainText("Token revoked");
  await expect(page.getByTestId("scim-token-row").filter({ hasText: "okta-e2e" })).toContainText("Revoked");
  expect((await request.get("/scim/v2/Users?count=1", { headers: auth })).status()).toBe(401);

  // Directory sync against the bundled IdP's Okta API (OKTA_API_TOKEN is set by the e2e stack).
  await page.getByRole("button", { name: "Sync now" }).click();
  await expect(page.getByRole("status")).toContainText(/Okta sync done: Checked [1-9]\d* users, \d+ membership changes, 0 deactivated/);
});
