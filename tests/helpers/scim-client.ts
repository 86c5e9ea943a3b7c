import { expect } from "vitest";
import { hashToken } from "@/lib/tokens/hash-token";
import { prismaTime, type PortalDb } from "./portal-db";

export const SCIM_USER = "urn:ietf:params:scim:schemas:core:2.0:User";
export const SCIM_GROUP = "urn:ietf:params:scim:schemas:core:2.0:Group";
export const SCIM_LIST = "urn:ietf:params:scim:api:messages:2.0:ListResponse";
export const SCIM_ERROR = "urn:ietf:params:scim:api:messages:2.0:Error";
export const SCIM_PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

// Response bodies are asserted field by field, so they are typed loosely.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- SCIM bodies are asserted field by field
export type Json = any;

export interface ScimResponse {
  status: number;
  type: string | null;
  body: Json;
}

export interface ScimRequest {
  method?: string;
  body?: unknown;
  /** The whole Authorization header; null sends none. Defaults to the client's token. */
  auth?: string | null;
  /** Content-Type of the body; null sends none. */
  contentType?: string | null;
}

/** A SCIM client as Okta's makes requests; `request` returns the status, content type and parsed body. */
export function scimClient(portalUrl: () => string, secret: () => string) {
  return async function request(path: string, init: ScimRequest = {}): Promise<ScimResponse> {
    const headers: Record<string, string> = { accept: "application/scim+json", "user-agent": "Okta SCIM Client 1.0.0" };
    const auth = init.auth === undefined ? `Bearer ${secret()}` : init.auth;
    if (auth !== null) headers.authorization = auth;
    const contentType = init.contentType === undefined ? "application/scim+json; charset=utf-8" : init.contentType;
    if (init.body !== undefined && contentType !== null) headers["content-type"] = contentType;
    const response = await fetch(`${portalUrl()}/scim/v2${path}`, {
      method: init.method ?? "GET",
      headers,
      body: init.body === undefined ? undefined : typeof init.body === "string" ? init.body : JSON.stringify(init.body),
    });
    const text = await response.text();
    return { status: response.status, type: response.headers.get("content-type"), body: (text ? JSON.parse(text) : null) as Json };
  };
}

/** The body Okta POSTs for a new assignment: userName and email alike, as with Okta's default login format. */
export const newScimUser = (given: string, family: string, extra: Record<string, unknown> = {}) => ({
  schemas: [SCIM_USER],
  userName: `${given}${family}@atko.com`,
  name: { givenName: given, familyName: family },
  emails: [{ primary: true, value: `${given}${family}@atko.com`, type: "work" }],
  displayName: `${given} ${family}`,
  locale: "en-US",
  groups: [],
  password: "placeholder-1",
  active: true,
  ...extra,
});

/** Stores a SCIM token the way createApiToken does (hash only) and returns its secret. */
export async function insertScimToken(db: PortalDb, name: string, kind = "scim"): Promise<{ id: string; secret: string }> {
  const secret = `mcpscim_test-${name}-${Math.random().toString(36).slice(2)}`;
  const id = `tok-${name}`;
  await db.run(
    `INSERT INTO "ApiToken" (id, name, kind, "tokenHash", prefix, "createdAt") VALUES (?, ?, ?, ?, ?, ?)`,
    id,
    name,
    kind,
    hashToken(secret),
    secret.slice(0, 12),
    prismaTime(),
  );
  return { id, secret };
}

export const deactivateOp = { schemas: [SCIM_PATCH_OP], Operations: [{ op: "replace", value: { active: false } }] };

/** Asserts an RFC 7644 Error answer with this status (and scimType when given). */
export function expectScimError(response: ScimResponse, status: number, scimType?: string) {
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  expect(response.type).toContain("application/scim+json");
  expect(response.body.schemas).toEqual([SCIM_ERROR]);
  expect(response.body.status).toBe(String(status));
  expect(response.body.detail).toEqual(expect.any(String));
  expect(response.body.detail.length).toBeGreaterThan(0);
  if (scimType) expect(response.body.scimType).toBe(scimType);
}
