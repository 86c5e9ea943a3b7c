import { describe, expect, it } from "vitest";
import { classifyIdpError } from "@/lib/sso/classify-idp-error";
import { classifySsoError } from "@/lib/sso/classify-sso-error";

describe("classifyIdpError (errors Okta sends back to the callback)", () => {
  it("tells Okta's two access_denied cases apart by their description", () => {
    expect(classifyIdpError("access_denied", "User is not assigned to the client application.")).toBe("access_denied");
    expect(classifyIdpError("access_denied", "Policy evaluation failed for this request, please check the policy configurations.")).toBe(
      "access_policy_failed",
    );
  });

  it("names too many groups and passes other codes through; anything malformed is sso_failed", () => {
    expect(classifyIdpError("server_error", "The groups claim matched too many groups and must be configured to match fewer groups.")).toBe("too_many_groups");
    expect(classifyIdpError("server_error", null)).toBe("server_error");
    expect(classifyIdpError("invalid_scope", "One or more scopes are not configured for the authorization server resource.")).toBe("invalid_scope");
    expect(classifyIdpError("<script>", null)).toBe("sso_failed");
  });
});

describe("classifySsoError (failures next-auth and openid-client report)", () => {
  it("keeps Okta's description of a token-endpoint error", () => {
    expect(
      classifySsoError("OAUTH_CALLBACK_ERROR", "server_error (The groups claim matched too many groups and must be configured to match fewer groups.)"),
    ).toEqual({
      code: "too_many_groups",
      description: "The groups claim matched too many groups and must be configured to match fewer groups.",
    });
    expect(classifySsoError("OAUTH_CALLBACK_ERROR", "invalid_client (The client secret supplied for a confidential client is invalid.)")).toEqual({
      code: "invalid_client",
      description: "The client secret supplied for a confidential client is invalid.",
    });
  });

  it("tells a refused key from a refused secret: Okta's words are the same, the fix is not", () => {
    const refused = "invalid_client (Client authentication failed. Either the client or the client credentials are invalid.)";
    expect(classifySsoError("OAUTH_CALLBACK_ERROR", refused, "private_key_jwt").code).toBe("invalid_client_key");
    expect(classifySsoError("OAUTH_CALLBACK_ERROR", refused, "client_secret_basic").code).toBe("invalid_client");
    expect(classifySsoError("OAUTH_CALLBACK_ERROR", refused, "private_key_jwt").description).toBe(
      "Client authentication failed. Either the client or the client credentials are invalid.",
    );
  });

  it("tells a discovery 404 (no such authorization server) from an unreachable issuer", () => {
    expect(classifySsoError("SIGNIN_OAUTH_ERROR", "expected 200 OK, got: 404 Not Found").code).toBe("issuer_not_found");
    expect(classifySsoError("SIGNIN_OAUTH_ERROR", "expected 200 OK, got: 503 Service Unavailable").code).toBe("issuer_unreachable");
    expect(classifySsoError("SIGNIN_OAUTH_ERROR", "connect ECONNREFUSED 127.0.0.1:9").code).toBe("issuer_unreachable");
  });
});
