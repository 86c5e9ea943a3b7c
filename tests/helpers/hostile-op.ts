import { createServer, type Server } from "node:http";
import { generateKeyPairSync, sign, type KeyObject } from "node:crypto";

export type HostileMode =
  "honest" | "badSignature" | "unknownKid" | "algNone" | "wrongIssuer" | "wrongAudience" | "expired" | "issuedInFuture" | "wrongNonce" | "userinfoSubMismatch";

const b64 = (value: object | Buffer) => (Buffer.isBuffer(value) ? value : Buffer.from(JSON.stringify(value))).toString("base64url");

/**
 * A deliberately misbehaving OpenID Provider for hostile-token tests: it signs in anyone at once
 * and then answers the token request with an ID token broken in the way `mode` says. Test-only,
 * on loopback; the bundled IdP stays honest.
 */
export async function startHostileOp(clientId: string) {
  const key = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const stranger = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const state = { mode: "honest" as HostileMode, nonce: "", keyFetches: 0 };
  let base = "";

  const idToken = () => {
    const now = Math.floor(Date.now() / 1000);
    const claims = {
      iss: state.mode === "wrongIssuer" ? "https://evil.example" : base,
      aud: state.mode === "wrongAudience" ? "someone-else" : clientId,
      sub: "00uHostile0000000001",
      // No email: the portal must ask userinfo (Okta's thin token), where the sub can be made to differ.
      iat: state.mode === "issuedInFuture" ? now + 3600 : state.mode === "expired" ? now - 7200 : now,
      exp: state.mode === "expired" ? now - 3600 : now + 300,
      nonce: state.mode === "wrongNonce" ? "not-the-nonce" : state.nonce,
    };
    if (state.mode === "algNone") return `${b64({ alg: "none", typ: "JWT" })}.${b64(claims)}.`;
    // unknownKid: signed by a key the OP never publishes, under a kid the portal has not seen.
    const kid = state.mode === "unknownKid" ? "k-unpublished" : "k1";
    const signingInput = `${b64({ alg: "RS256", kid, typ: "JWT" })}.${b64(claims)}`;
    const signer: KeyObject = state.mode === "badSignature" || state.mode === "unknownKid" ? stranger.privateKey : key.privateKey;
    return `${signingInput}.${b64(sign("sha256", Buffer.from(signingInput), signer))}`;
  };

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", base);
    const json = (body: object) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    };
    if (url.pathname === "/.well-known/openid-configuration") {
      return json({
        issuer: base,
        authorization_endpoint: `${base}/authorize`,
        token_endpoint: `${base}/token`,
        userinfo_endpoint: `${base}/userinfo`,
        jwks_uri: `${base}/keys`,
        response_types_supported: ["code"],
        subject_types_supported: ["public"],
        id_token_signing_alg_values_supported: ["RS256"],
        code_challenge_methods_supported: ["S256"],
      });
    }
    if (url.pathname === "/keys") {
      state.keyFetches++;
      return json({ keys: [{ ...key.publicKey.export({ format: "jwk" }), kid: "k1", use: "sig", alg: "RS256" }] });
    }
    if (url.pathname === "/authorize") {
      state.nonce = url.searchParams.get("nonce") ?? "";
      const back = new URL(url.searchParams.get("redirect_uri")!);
      back.searchParams.set("code", "hostile-code");
      back.searchParams.set("state", url.searchParams.get("state") ?? "");
      res.writeHead(302, { location: back.toString() });
      return res.end();
    }
    if (url.pathname === "/token") return json({ access_token: "hostile-access-token", token_type: "Bearer", expires_in: 300, id_token: idToken() });
    if (url.pathname === "/userinfo") {
      return json({
        sub: state.mode === "userinfoSubMismatch" ? "00uSomeoneElse000001" : "00uHostile0000000001",
        email: "hostile@example.com",
        email_verified: true,
      });
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  return { issuer: base, state, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
