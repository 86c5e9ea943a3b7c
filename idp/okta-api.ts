import type { IncomingMessage, ServerResponse } from "node:http";
import { API_TOKEN, findUserById, findUserByLogin, groupsNamed, users, type DemoUser } from "./accounts";
import type { IdpBehaviour } from "./behaviour";
import { oktaApiError } from "./okta-errors";

const MAX_LIMIT = 200;
const RATE_LIMITED = "API call exceeded rate limit due to too many requests.";

type Status = DemoUser["status"] | "DELETED";

/**
 * The read-only subset of Okta's management API (/api/v1/users…) that the portal may call, from the
 * fixture: paged lists with Link headers, X-Rate-Limit-* on every answer, 429 when over the limit
 * (or when `apiThrottle` says so), and users that are suspended, deprovisioned or deleted.
 */
export function createOktaApi(behaviour: IdpBehaviour): (req: IncomingMessage, res: ServerResponse, url: URL) => void {
  // A window counts for one limit setting: a test (or person) changing the limit starts a fresh one.
  const window = { resetsAt: 0, used: 0, setting: behaviour.apiRateLimit };
  let throttledUntil = 0;

  /** Counts the request against the rate limit; false when it must be answered with 429. */
  function admit(res: ServerResponse): boolean {
    const now = Date.now() / 1000;
    const { limit, windowSeconds } = behaviour.apiRateLimit;
    if (now >= window.resetsAt || window.setting !== behaviour.apiRateLimit)
      Object.assign(window, { resetsAt: Math.ceil(now + windowSeconds), used: 0, setting: behaviour.apiRateLimit });
    window.used++;
    let reset = window.resetsAt;
    let allowed = window.used <= limit;
    const throttle = behaviour.apiThrottle;
    if (throttle && throttle.after > 0) throttle.after--;
    else if (throttle && throttle.count > 0) {
      throttle.count--;
      if (throttledUntil < now) throttledUntil = Math.ceil(now + throttle.resetSeconds);
      reset = throttledUntil;
      allowed = false;
    }
    res.setHeader("x-rate-limit-limit", String(limit));
    res.setHeader("x-rate-limit-remaining", String(allowed ? Math.max(0, limit - window.used) : 0));
    res.setHeader("x-rate-limit-reset", String(reset));
    return allowed;
  }

  return (req, res, url) => {
    if (req.headers.authorization !== `SSWS ${API_TOKEN}`) {
      return sendJson(res, 401, oktaApiError("E0000011", "Invalid token provided"));
    }
    if (!admit(res)) return sendJson(res, 429, oktaApiError("E0000047", RATE_LIMITED));
    if (req.method !== "GET") {
      return sendJson(res, 405, oktaApiError("E0000022", "The endpoint does not support the provided HTTP method"));
    }
    const match = /^\/api\/v1\/users(?:\/([^/]+)(\/groups)?)?\/?$/.exec(url.pathname);
    if (!match) return sendJson(res, 404, oktaApiError("E0000007", `Not found: Resource not found: ${url.pathname}`));
    const [, id, groupsPath] = match;
    const statusOf = (user: DemoUser): Status => behaviour.status[user.email] ?? user.status;
    if (id === undefined) {
      // Okta's list leaves deprovisioned users out unless a filter asks for a status.
      const wanted = /status eq "([A-Z_]+)"/.exec(url.searchParams.get("filter") ?? "")?.[1];
      const listed = users.filter((user) => (wanted ? statusOf(user) === wanted : !["DEPROVISIONED", "DELETED"].includes(statusOf(user))));
      return sendPage(
        res,
        url,
        listed,
        (user) => user.id,
        (user) => oktaUser(user, statusOf(user), url),
        behaviour,
      );
    }
    const key = decodeURIComponent(id);
    const user = findUserById(key) ?? findUserByLogin(key);
    if (!user || statusOf(user) === "DELETED") return sendJson(res, 404, oktaApiError("E0000007", `Not found: Resource not found: ${key} (User)`));
    if (groupsPath) {
      const groups = groupsNamed(behaviour.groups[user.email] ?? user.groups);
      return sendPage(
        res,
        url,
        groups,
        (group) => group.id,
        (group) => ({ id: group.id, type: "OKTA_GROUP", profile: { name: group.name, description: group.description } }),
        behaviour,
      );
    }
    sendJson(res, 200, oktaUser(user, statusOf(user), url));
  };
}

/** Okta pages with `limit` and an opaque `after` cursor (here: the last item's id), announced in a Link header. */
function sendPage<T>(res: ServerResponse, url: URL, items: T[], idOf: (item: T) => string, render: (item: T) => unknown, behaviour: IdpBehaviour): void {
  const max = Math.min(MAX_LIMIT, behaviour.apiPageLimit);
  const limit = Math.min(Math.max(Number(url.searchParams.get("limit")) || max, 1), max);
  const after = url.searchParams.get("after");
  const start = after ? items.findIndex((item) => idOf(item) === after) + 1 : 0;
  const page = items.slice(start, start + limit);
  const links = [`<${url.href}>; rel="self"`];
  if (start + limit < items.length) {
    const next = new URL(url);
    next.searchParams.set("limit", String(limit));
    next.searchParams.set("after", idOf(page[page.length - 1]));
    links.push(`<${next.href}>; rel="next"`);
  }
  res.setHeader("link", links);
  sendJson(res, 200, page.map(render));
}

function oktaUser(user: DemoUser, status: Status, url: URL) {
  return {
    id: user.id,
    status,
    profile: { login: user.email, email: user.email, firstName: user.givenName, lastName: user.familyName },
    _links: { self: { href: new URL(`/api/v1/users/${user.id}`, url).href } },
  };
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}
