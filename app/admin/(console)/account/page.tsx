import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { AccountCard } from "@/components/admin/account-card";
import { Card } from "@/components/ui/card";
import { Callout } from "@/components/ui/notice";
import { getConfig } from "@/lib/config/get-config";
import { requireSession } from "@/lib/sessions/require-session";
import { getUserDetail } from "@/lib/users/get-user-detail";

export const metadata: Metadata = { title: "My account" };

/** Where non-admins land after sign-in: who is signed in renders at once, the account's details stream in after it. */
export default async function AccountPage() {
  const session = await requireSession("/admin/account");
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-semibold">My account</h1>
      {session.adminWithheld && (
        <Callout tone="warning">
          <span data-testid="admin-withheld">
            Your account has portal admin rights, but this Okta sign-in did not use multifactor authentication, so this session has no admin access
            (SSO_REQUIRE_MFA_FOR_ADMINS). Set up a second factor in Okta (for example Okta Verify), then sign out and sign in again.
          </span>
        </Callout>
      )}
      <Suspense fallback={<Card className="h-[26rem] animate-pulse" aria-busy="true" aria-label="Loading your account" />}>
        <AccountDetails userId={session.user.id} />
      </Suspense>
    </div>
  );
}

async function AccountDetails({ userId }: { userId: string }) {
  const user = await getUserDetail(userId);
  if (!user) notFound();
  return <AccountCard user={user} issuer={getConfig().sso.okta?.issuer ?? null} />;
}
