import type { IncomingMessage, ServerResponse } from "node:http";
import { API_TOKEN, findUserById, findUserByLogin, groupsOf, users, type DemoUser } from "./accounts";
import { oktaApiError } from "./okta-errors";

const DEFAULT_LIMIT = 200;

/** The read-only subset of Okta's management API (/api/v1/users…) that the portal may call, from the fixture. */
export function oktaApi(req: IncomingMessage, res: ServerResponse, url: URL): void {
  if (req.headers.authorization !== `SSWS ${API_TOKEN}`) {
    return sendJson(res, 401, oktaApiError("E0000011", "Invalid token provided"));
  }
  if (req.method !== "GET") {
    return sendJson(res, 405, oktaApiError("E0000022", "The endpoint does not support the provided HTTP method"));
  }
  const match = /^\/api\/v1\/users(?:\/([^/]+)(\/groups)?)?\/?$/.exec(url.pathname);
  if (!match) return sendJson(res, 404, oktaApiError("E0000007", `Not found: Resource not found: ${url.pathname}`));
  const [, id, groupsPath] = match;
  if (id === undefined) return listUsers(res, url);
  const key = decodeURIComponent(id);
  const user = findUserById(key) ?? findUserByLogin(key);
  if (!user) return sendJson(res, 404, oktaApiError("E0000007", `Not found: Resource not found: ${key} (User)`));
  if (groupsPath) {
    return sendJson(res, 200, groupsOf(user).map((group) => ({ id: group.id, type: "OKTA_GROUP", profile: { name: group.name, description: group.description } })));
  }
  sendJson(res, 200, oktaUser(user, url));
}

/** Okta paginates with `limit` and an opaque `after` cursor (here: the last user's id), announced in a Link header. */
function listUsers(res: ServerResponse, url: URL): void {
  const limit = Math.min(Math.max(Number(url.searchParams.get("limit")) || DEFAULT_LIMIT, 1), DEFAULT_LIMIT);
  const after = url.searchParams.get("after");
  const start = after ? users.findIndex((user) => user.id === after) + 1 : 0;
  const page = users.slice(start, start + limit);
  const links = [`<${url.href}>; rel="self"`];
  if (start + limit < users.length) {
    const next = new URL(url);
    next.searchParams.set("limit", String(limit));
    next.searchParams.set("after", page[page.length - 1].id);
    links.push(`<${next.href}>; rel="next"`);
  }
  res.setHeader("link", links);
  sendJson(res, 200, page.map((user) => oktaUser(user, url)));
}

function oktaUser(user: DemoUser, url: URL) {
  return {
    id: user.id,
    status: user.status,
    profile: { login: user.email, email: user.email, firstName: user.givenName, lastName: user.familyName },
    _links: { self: { href: new URL(`/api/v1/users/${user.id}`, url).href } },
  };
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}
