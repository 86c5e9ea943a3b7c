import { handleSsoRequest } from "@/lib/sso/handle-sso-request";

// NextAuth (v4) under /auth/sso, so Okta's redirect URI is {APP_URL}/auth/sso/callback/okta.
export const dynamic = "force-dynamic";
export { handleSsoRequest as GET, handleSsoRequest as POST };
