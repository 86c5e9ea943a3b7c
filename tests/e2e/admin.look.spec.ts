import { expect, test, type Locator, type Page } from "@playwright/test";

// Every console page, by the title it sets; the screenshots land in test-results/ (not committed).
const PAGES = [
  ["/admin", "Dashboard"],
  ["/admin/account", "My account"],
  ["/admin/users", "Users"],
  ["/admin/teams", "Teams"],
  ["/admin/teams/team-users", "Team"],
  ["/admin/sessions", "Sessions"],
  ["/admin/audit", "Audit log"],
  ["/admin/tokens", "API tokens"],
  ["/admin/settings", "Settings"],
] as const;

const WIDTHS = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } } as const;

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  expect(found, "element has a box").not.toBeNull();
  return found!;
}

async function setTheme(page: Page, theme: "light" | "dark", baseURL: string) {
  await page.context().addCookies([{ name: "theme", value: theme, url: baseURL }]);
}

for (const [width, viewport] of Object.entries(WIDTHS)) {
  for (const theme of ["light", "dark"] as const) {
    test(`screenshots of every console page, ${width} ${theme}`, async ({ page, baseURL }, testInfo) => {
      await page.setViewportSize(viewport);
      await setTheme(page, theme, baseURL!);
      for (const [path, title] of PAGES) {
        await page.goto(path);
        await expect(page).toHaveTitle(`${title} · MCP Gateway Identity`);
        await expect(page.locator("main")).toBeVisible();
        expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), `${path} scrolls sideways`).toBeLessThanOrEqual(0);
        const name = `${path.replace(/^\/admin\/?/, "").replaceAll("/", "-") || "overview"}-${width}-${theme}.png`;
        await page.screenshot({ path: testInfo.outputPath(name), fullPage: true });
      }
    });
  }
}

test("at 1280 px the navigation, theme switch, email and Sign out share one row", async ({ page }) => {
  await page.setViewportSize(WIDTHS.desktop);
  for (const path of ["/admin", "/admin/audit"]) {
    await page.goto(path);
    const nav = await box(page.getByRole("navigation", { name: "Main" }));
    const theme = await box(page.getByRole("button", { name: /Change theme/ }));
    const email = await box(page.getByTestId("menu-email"));
    const signOut = await box(page.getByRole("button", { name: "Sign out" }));
    await expect(page.getByRole("button", { name: "Menu" })).toBeHidden();
    const middle = nav.y + nav.height / 2;
    for (const other of [theme, email, signOut]) expect(Math.abs(other.y + other.height / 2 - middle)).toBeLessThan(8);
    // Left to right, none wrapped under another.
    expect(nav.x + nav.width).toBeLessThanOrEqual(theme.x);
    expect(theme.x + theme.width).toBeLessThanOrEqual(email.x);
    expect(email.x + email.width).toBeLessThanOrEqual(signOut.x);
    expect((await box(page.locator("header"))).height).toBeLessThan(80);
  }
});

test("on a phone the navigation sits behind a Menu button that opens it", async ({ page }) => {
  await page.setViewportSize(WIDTHS.phone);
  await page.goto("/admin/users");
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  const menu = page.getByRole("button", { name: "Menu" });
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await menu.click();
  await expect(menu).toHaveAttribute("aria-expanded", "true");
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link")).toHaveText(["Overview", "Users", "Teams", "Sessions", "Audit log", "API tokens", "Settings"]);
  await expect(nav.getByRole("link", { name: "Users" })).toHaveAttribute("aria-current", "page");
  const panel = await box(nav);
  expect(panel.x).toBeGreaterThanOrEqual(0);
  expect(panel.x + panel.width).toBeLessThanOrEqual(390);
  await nav.getByRole("link", { name: "Audit log" }).click();
  await expect(page).toHaveURL(/\/admin\/audit$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Audit log");
  // The menu closes on arrival, so the page is not hidden under it.
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
});

test("audit details open from one summary line into key/value pairs, groups as a list", async ({ page }) => {
  await page.goto("/admin/audit?type=sso.login&user=admin%40example.com");
  const row = page.getByTestId("audit-row").filter({ hasText: "success" }).first();
  const details = row.getByTestId("audit-details");
  const summary = details.locator("summary");
  await expect(summary).toContainText("provider: okta");
  await expect(summary).toContainText("groups: ");
  const summaryBox = await box(summary);
  expect(summaryBox.height).toBeLessThan(30);
  await expect(details.getByRole("term").first()).toBeHidden();

  await summary.click();
  await expect(details.getByRole("term").filter({ hasText: /^sub$/ })).toBeVisible();
  await expect(details.getByRole("term").filter({ hasText: /^groups$/ })).toBeVisible();
  await expect(details.getByRole("listitem").filter({ hasText: /^MCP Gateway Admins$/ })).toBeVisible();
  // Values are whole words on their own lines, not JSON squeezed into a cell.
  await expect(details).not.toContainText('{"');
});

test("events no person started name their system source as actor", async ({ page }) => {
  await page.goto("/admin/audit?type=user.created&user=admin%40example.com");
  await expect(page.getByTestId("audit-row").first().getByTestId("audit-actor")).toHaveText("Okta sign-in");
  await page.goto("/admin/audit");
  await expect(page.getByTestId("audit-actor").filter({ hasText: /^—$/ })).toHaveCount(0);
});

test("the favicon, app icons and Okta mark are served from public/", async ({ page, request }) => {
  await page.goto("/admin");
  const icons = await page
    .locator('head link[rel="icon"], head link[rel="apple-touch-icon"]')
    .evaluateAll((links) => links.map((link) => link.getAttribute("href")));
  expect(icons).toEqual(expect.arrayContaining(["/favicon.svg", "/icon-192.png", "/apple-touch-icon.png"]));
  for (const path of ["/favicon.svg", "/icon-32.png", "/icon-192.png", "/apple-touch-icon.png", "/logo-mark.svg", "/okta-mark.svg"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["content-type"], path).toMatch(/^image\/(svg\+xml|png)/);
  }
  await expect(page.locator('header img[src="/logo-mark.svg"]')).toBeVisible();
});
