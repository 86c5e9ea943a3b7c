import { describeFetchError } from "./describe-fetch-error";

/**
 * What the issuer's discovery URL answers when it fails: Okta's management-API error summary
 * (e.g. "Not found: Resource not found: default (AuthorizationServer)"), else the HTTP status or the
 * network failure. undefined when discovery works.
 */
export async function readDiscoveryError(issuer: string): Promise<string | undefined> {
  try {
    const response = await fetch(`${issuer}/.well-known/openid-configuration`, { headers: { accept: "application/json" }, signal: AbortSignal.timeout(5_000) });
    if (response.ok) return undefined;
    const body = (await response.json().catch(() => ({}))) as { errorSummary?: unknown };
    return typeof body.errorSummary === "string" ? body.errorSummary.slice(0, 300) : `HTTP ${response.status}`;
  } catch (error) {
    return describeFetchError(error);
  }
}
