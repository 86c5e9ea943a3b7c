import { SCIM } from "./scim-schemas";

const attribute = (name: string, extra: Record<string, unknown> = {}) => ({
  name,
  type: "string",
  multiValued: false,
  required: false,
  caseExact: false,
  mutability: "readWrite",
  returned: "default",
  uniqueness: "none",
  ...extra,
});

/**
 * /ServiceProviderConfig, /ResourceTypes and /Schemas (RFC 7643 §5–7): exactly what this server
 * supports, so a client can discover that only `eq` filters and PATCH are available.
 */
export function describeScimService(baseUrl: string) {
  const meta = (resourceType: string, path: string) => ({ resourceType, location: `${baseUrl}/${path}` });
  const userSchema = {
    schemas: [SCIM.schema],
    id: SCIM.user,
    name: "User",
    description: "A portal user; userName is the Okta login, emails[primary] the email the portal identifies the user by",
    attributes: [
      attribute("userName", { required: true, uniqueness: "server" }),
      attribute("externalId", { caseExact: true }),
      { ...attribute("name", { type: "complex" }), subAttributes: [attribute("givenName"), attribute("familyName"), attribute("formatted")] },
      attribute("displayName"),
      {
        ...attribute("emails", { type: "complex", multiValued: true, required: true }),
        subAttributes: [attribute("value"), attribute("type"), attribute("primary", { type: "boolean" })],
      },
      attribute("active", { type: "boolean" }),
    ],
    meta: meta("Schema", `Schemas/${SCIM.user}`),
  };
  const groupSchema = {
    schemas: [SCIM.schema],
    id: SCIM.group,
    name: "Group",
    description: "A portal team",
    attributes: [
      attribute("displayName", { required: true }),
      attribute("externalId", { caseExact: true }),
      {
        ...attribute("members", { type: "complex", multiValued: true }),
        subAttributes: [attribute("value", { mutability: "immutable" }), attribute("display", { mutability: "readOnly" })],
      },
    ],
    meta: meta("Schema", `Schemas/${SCIM.group}`),
  };
  return {
    serviceProviderConfig: {
      schemas: [SCIM.serviceProviderConfig],
      patch: { supported: true },
      bulk: { supported: false, maxOperations: 0, maxPayloadSize: 0 },
      filter: { supported: true, maxResults: 1000 },
      changePassword: { supported: false },
      sort: { supported: false },
      etag: { supported: false },
      authenticationSchemes: [
        {
          type: "oauthbearertoken",
          name: "Bearer token",
          description: "A SCIM token created in the portal's Settings or with npm run token:create -- --scim",
          primary: true,
        },
      ],
      meta: meta("ServiceProviderConfig", "ServiceProviderConfig"),
    },
    resourceTypes: [
      { schemas: [SCIM.resourceType], id: "User", name: "User", endpoint: "/Users", schema: SCIM.user, meta: meta("ResourceType", "ResourceTypes/User") },
      { schemas: [SCIM.resourceType], id: "Group", name: "Group", endpoint: "/Groups", schema: SCIM.group, meta: meta("ResourceType", "ResourceTypes/Group") },
    ],
    schemas: [userSchema, groupSchema],
  };
}
