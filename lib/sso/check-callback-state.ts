import type { NextRequest } from "next/server";
import { decode } from "next-auth/jwt";

/**
 * Whether an Okta callback answers a sign-in this browser started: its `state` equals the one
 * next-auth sealed into this browser's state cookie. next-auth checks state only on success, so
 * the error branch has to check it itself before trusting anything else in the URL.
 */
export async function checkCallbackState(request: NextRequest, secret: string, secureCookies: boolean): Promise<boolean> {
  const state = request.nextUrl.searchParams.get("state");
  const name = `${secureCookies ? "__Secure-" : ""}next-auth.state`;
  const cookie = request.cookies.get(name)?.value;
  if (!state || !cookie) return false;
  try {
    // next-auth salts each check cookie's key with the cookie's name.
    const sealed = await decode({ token: cookie, secret, salt: name });
    return typeof sealed?.value === "string" && sealed.value === state;
  } catch {
    return false;
  }
}
