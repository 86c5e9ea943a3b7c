import { z } from "zod";
import { apiUserListSchema, apiUserSchema } from "@/lib/users/api-user-schema";
import { userListQuery } from "@/lib/users/user-list-query";

const json = (schema: z.ZodType) => z.toJSONSchema(schema, { io: "output", target: "openapi-3.0" });
const errorBody = z.object({ detail: z.string() });
const error = (description: string) => ({ description, content: { "application/json": { schema: json(errorBody) } } });
const ok = (schema: z.ZodType, description: string) => ({ description, content: { "application/json": { schema: json(schema) } } });

/** Query parameters straight from the zod schema that validates them, so the two can't drift apart. */
function queryParameters(schema: z.ZodObject) {
  const { properties = {} } = z.toJSONSchema(schema, { io: "input", target: "openapi-3.0" }) as { properties?: Record<string, { description?: string }> };
  return Object.entries(properties).map(([name, { description, ...rest }]) => ({ name, in: "query", required: false, description, schema: rest }));
}

const listUsers = {
  summary: "List provisioned users",
  security: [{ bearer: [] }, { session: [] }],
  parameters: queryParameters(userListQuery),
  responses: {
    200: ok(apiUserListSchema, "One page of users"),
    400: error("A parameter is invalid; detail names it"),
    401: error("Missing, invalid, expired or revoked token (WWW-Authenticate: Bearer)"),
    403: error("Not a portal admin"),
  },
};

/** The OpenAPI 3.0 description of the admin API, served at /openapi.json. */
export function buildOpenApiDocument(appUrl: string) {
  return {
    openapi: "3.0.3",
    info: {
      title: "MCP Gateway Identity Portal API",
      version: "1.0.0",
      description: "Admin API of the identity portal. Authenticate with `Authorization: Bearer <token>` (API token or POST /auth/login) or a portal session.",
    },
    servers: [{ url: appUrl }],
    components: {
      securitySchemes: {
        bearer: { type: "http", scheme: "bearer" },
        session: { type: "apiKey", in: "cookie", name: "next-auth.session-token" },
      },
    },
    paths: {
      "/auth/users": { get: listUsers },
      "/auth/email/admin/users": { get: { ...listUsers, summary: "List provisioned users (MCP Gateway's path)" } },
      "/auth/users/{id}": {
        get: {
          summary: "One user",
          security: listUsers.security,
          parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
          responses: { 200: ok(apiUserSchema, "The user"), 401: listUsers.responses[401], 403: listUsers.responses[403], 404: error("No such user") },
        },
      },
      "/auth/login": {
        post: {
          summary: "Email/password login for the local admin; answers a Bearer token",
          requestBody: { required: true, content: { "application/json": { schema: json(z.object({ email: z.string(), password: z.string() })) } } },
          responses: {
            200: ok(z.object({ access_token: z.string(), token_type: z.literal("bearer"), expires_in: z.number().int() }), "A Bearer token"),
            400: error("The body is not {email, password} JSON"),
            401: error("Invalid email or password"),
            403: error("Password login disabled (SSO_PRESERVE_ADMIN_AUTH=false) or account deactivated"),
            423: error("Locked after repeated failures"),
          },
        },
      },
      "/auth/sso/providers": {
        get: {
          summary: "Enabled SSO providers",
          responses: {
            200: ok(z.array(z.object({ id: z.string(), name: z.string(), display_name: z.string() })), "Providers"),
            404: error("SSO authentication is disabled"),
          },
        },
      },
    },
  };
}
