import { cookies } from "next/headers";
import { openSealedValue } from "@/lib/sessions/open-sealed-value";
import { LOGIN_DETAIL_COOKIE, LOGIN_DETAIL_PURPOSE, type LoginDetail } from "./seal-login-detail";

/** The details the SSO callback sealed for this browser about the failure `code`, if any. */
export async function readLoginDetail(code: string): Promise<Omit<LoginDetail, "code">> {
  const detail = await openSealedValue<LoginDetail>(LOGIN_DETAIL_PURPOSE, (await cookies()).get(LOGIN_DETAIL_COOKIE)?.value);
  if (!detail || detail.code !== code) return {};
  return { description: detail.description, domain: detail.domain };
}
