import { users } from "./accounts";

const TITLE = "Okta (development IdP)";

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function layout(heading: string, body: string, script = ""): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${TITLE}</title>
<style>
body{font-family:system-ui,sans-serif;background:#f4f4f4;color:#1d1d21;margin:0;padding:2rem 1rem}
main{max-width:28rem;margin:0 auto;background:#fff;border:1px solid #ddd;border-radius:4px;padding:1.5rem 2rem}
h1{font-size:1.25rem}label{display:block;margin-top:1rem;font-weight:600}
input{box-sizing:border-box;width:100%;padding:.5rem;margin-top:.25rem;font-size:1rem}
button{margin-top:1.25rem;width:100%;padding:.6rem;font-size:1rem;background:#1662dd;color:#fff;border:0;border-radius:4px;cursor:pointer}
.error{background:#fdecea;border:1px solid #e34843;padding:.75rem;margin-top:1rem}
.note{color:#555;font-size:.85rem}table{border-collapse:collapse;font-size:.85rem;width:100%}td,th{text-align:left;padding:.2rem .3rem;border-top:1px solid #eee}
</style>
</head>
<body>
<main>
<p class="note">${TITLE}: for development and tests only.</p>
<h1>${escapeHtml(heading)}</h1>
${body}
</main>${script}
</body>
</html>`;
}

function userNote(user: (typeof users)[number]): string {
  if (!user.assigned) return "not assigned to the app";
  if (!user.emailVerified) return user.masteredBy ? `email not verified (mastered by ${user.masteredBy})` : "email not verified";
  if (user.status !== "ACTIVE") return `${user.status.toLowerCase()} in the Okta API`;
  if (user.amr.includes("mfa")) return "signs in with MFA";
  if (user.factors?.length) return "MFA (code 123456) when an app asks for it";
  return "";
}

/** Okta's classic sign-in widget, reduced to the element ids that tests and people rely on. */
export function signInPage(action: string, username = "", failed = false): string {
  const rows = users
    .map(
      (user) =>
        `<tr><td>${escapeHtml(user.email)}</td><td>${escapeHtml(user.password)}</td><td>${escapeHtml(user.groups.join(", "))}</td><td>${escapeHtml(userNote(user))}</td></tr>`,
    )
    .join("\n");
  return layout(
    "Sign In",
    `${failed ? '<div class="error" role="alert">Unable to sign in</div>' : ""}
<form id="okta-signin-form" method="post" action="${escapeHtml(action)}">
<label for="okta-signin-username">Username</label>
<input id="okta-signin-username" name="username" type="text" autocomplete="username" value="${escapeHtml(username)}" required autofocus>
<label for="okta-signin-password">Password</label>
<input id="okta-signin-password" name="password" type="password" autocomplete="current-password" required>
<button id="okta-signin-submit" type="submit">Sign in</button>
</form>
<h2 class="note">Demo accounts</h2>
<table><tr><th>Username</th><th>Password</th><th>Groups</th><th></th></tr>
${rows}
</table>`,
  );
}

/** The second step of a sign-in that asked for MFA: the one-time code of the user's enrolled factor. */
export function factorPage(action: string, factor: string, error?: string): string {
  return layout(
    "Verify it's you with a security method",
    `${error ? `<div class="error" role="alert">${escapeHtml(error)}</div>` : ""}
<p>This app asks for a second factor (${escapeHtml(factor)}). Enter the code from your authenticator app.</p>
<form id="okta-factor-form" method="post" action="${escapeHtml(action)}">
<input type="hidden" name="step" value="factor">
<label for="okta-factor-code">Enter code</label>
<input id="okta-factor-code" name="code" type="text" inputmode="numeric" autocomplete="one-time-code" required autofocus>
<button id="okta-factor-verify" type="submit">Verify</button>
</form>
<p class="note">Development IdP: every demo user's code is 123456.</p>`,
  );
}

/**
 * Okta signs out without asking, so the logout form submits itself (xsrf and logout=yes included);
 * the visible button is the fallback without JavaScript.
 */
export function logoutPage(action: string, xsrf: string): string {
  return layout(
    "Signing out…",
    `<form id="okta-logout-form" method="post" action="${escapeHtml(action)}">
<input type="hidden" name="xsrf" value="${escapeHtml(xsrf)}">
<input type="hidden" name="logout" value="yes">
<button type="submit">Sign out</button>
</form>`,
    "\n<script>document.getElementById('okta-logout-form').submit()</script>",
  );
}

/**
 * Okta's end-user dashboard, reduced to the portal's tile (it opens the portal's Initiate login URI,
 * as "Login initiated by: Either Okta or App" does) and the admin actions that make Okta call the portal.
 */
export function dashboardPage(initiateUrl: string): string {
  const options = users.map((user) => `<option value="${escapeHtml(user.email)}">${escapeHtml(user.email)}</option>`).join("");
  return layout(
    "My Apps",
    `<p><a id="portal-tile" href="${escapeHtml(initiateUrl)}">MCP Gateway Identity Portal</a></p>
<h2 class="note">Admin actions (Okta calls the portal)</h2>
<form method="post" action="/dev/universal-logout">
<label for="ul-email">Universal Logout for</label>
<select id="ul-email" name="email">${options}</select>
<button id="universal-logout" type="submit">Log out of every app</button>
</form>
<form method="post" action="/dev/event-hook">
<input type="hidden" name="eventType" value="user.lifecycle.suspend">
<label for="suspend-email">Suspend (event hook)</label>
<select id="suspend-email" name="email">${options}</select>
<button id="suspend" type="submit">Suspend user</button>
</form>`,
  );
}

export function messagePage(heading: string, message: string): string {
  return layout(heading, `<p>${escapeHtml(message)}</p>`);
}
