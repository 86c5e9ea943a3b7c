// MCP Gateway's own path for the same list, for scripts written against the gateway.
export { GET } from "@/app/auth/users/route";

export const dynamic = "force-dynamic";
