import { createHash, createPrivateKey, createPublicKey, type JsonWebKey, type KeyObject } from "node:crypto";
import { DomainError } from "@/lib/errors/domain-error";

/** The key the portal signs its client assertions with (private_key_jwt), and the public half Okta holds. */
export interface ClientKey {
  /** RFC 7638 thumbprint unless the JWK named its own kid; Okta matches the assertion's kid against it. */
  kid: string;
  alg: "RS256" | "ES256" | "ES384" | "ES512";
  privateJwk: JsonWebKey & { kid: string; alg: string; use: "sig" };
  publicJwk: JsonWebKey & { kid: string; alg: string; use: "sig" };
}

const EC_ALGS: Record<string, ClientKey["alg"]> = { "P-256": "ES256", "P-384": "ES384", "P-521": "ES512" };
// RFC 7638: the required members only, in lexicographic order.
const THUMBPRINT_MEMBERS: Record<string, string[]> = { RSA: ["e", "kty", "n"], EC: ["crv", "kty", "x", "y"] };

/**
 * Reads SSO_OKTA_PRIVATE_KEY: a PEM private key (PKCS#8 or PKCS#1/SEC1) or a private JWK as JSON,
 * RSA of at least 2048 bits (RS256, what Okta's console generates) or EC P-256/384/521.
 * Throws an invalid_input DomainError whose detail completes "SSO_OKTA_PRIVATE_KEY must …".
 */
export function parseClientKey(raw: string): ClientKey {
  // Env files and container settings often carry a PEM on one line with literal \n.
  const text = raw.includes("\n") ? raw.trim() : raw.trim().replace(/\\n/g, "\n");
  const given = text.startsWith("{") ? readJwk(text) : undefined;
  let key: KeyObject;
  try {
    key = given ? createPrivateKey({ key: given, format: "jwk" }) : createPrivateKey(text);
  } catch {
    if (given || /-----BEGIN (RSA |EC )?PUBLIC KEY-----/.test(text)) throw invalid(publicOrBroken(given));
    throw invalid("be a PEM private key (-----BEGIN PRIVATE KEY-----) or a private JWK as JSON, such as the one `npm run sso:keygen` prints");
  }
  const privateJwk = key.export({ format: "jwk" });
  const bits = key.asymmetricKeyDetails?.modulusLength ?? 0;
  if (privateJwk.kty === "RSA" && bits < 2048)
    throw invalid(`be an RSA key of at least 2048 bits (this one has ${bits}); run \`npm run sso:keygen\` for a new one`);
  const alg = privateJwk.kty === "RSA" ? "RS256" : EC_ALGS[privateJwk.crv ?? ""];
  if (!alg) throw invalid(`be an RSA (RS256) or EC P-256/P-384/P-521 key, not ${key.asymmetricKeyType}${privateJwk.crv ? ` ${privateJwk.crv}` : ""}`);
  const publicJwk = createPublicKey(key).export({ format: "jwk" });
  const kid = typeof given?.kid === "string" && given.kid ? given.kid : thumbprint(publicJwk);
  return { kid, alg, privateJwk: { ...privateJwk, kid, alg, use: "sig" }, publicJwk: { ...publicJwk, kid, alg, use: "sig" } };
}

function readJwk(text: string): JsonWebKey & { kid?: unknown } {
  try {
    const jwk = JSON.parse(text) as unknown;
    if (typeof jwk === "object" && jwk !== null && !Array.isArray(jwk)) return jwk as JsonWebKey;
  } catch {
    // reported below
  }
  throw invalid("be a PEM private key or a private JWK as a JSON object (the JSON does not parse)");
}

function publicOrBroken(jwk: JsonWebKey | undefined): string {
  if (jwk && !("d" in jwk) && "kty" in jwk)
    return "be the private key: this is a public JWK, which belongs in Okta (General → Client Credentials → Public keys), not in the portal";
  if (!jwk) return "be the private key: this is a public key, which belongs in Okta (General → Client Credentials → Public keys), not in the portal";
  return "be a private JWK with kty RSA or EC and all its private members (d, p, q, dp, dq, qi for RSA)";
}

function thumbprint(jwk: JsonWebKey): string {
  const members = THUMBPRINT_MEMBERS[jwk.kty ?? ""];
  const canonical = JSON.stringify(Object.fromEntries(members.map((name) => [name, jwk[name as keyof JsonWebKey]])));
  return createHash("sha256").update(canonical).digest("base64url");
}

function invalid(detail: string): DomainError {
  return new DomainError("invalid_input", detail);
}
