import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AccountCard } from "@/components/admin/account-card";
import { getConfig } from "@/lib/config/get-config";
import { requireSession } from "@/lib/sessions/require-session";
import { getUserDetail } from "@/lib/users/get-user-detail";

export const metadata: Metadata = { title: "My account" };

export default async function AccountPage() {
  const session = await requireSession("/admin/account");
  const user = await getUserDetail(session.user.id);
  if (!user) notFound();
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-semibold">My account</h1>
      <AccountCard user={user} issuer={getConfig().sso.okta?.issuer ?? null} />
    </div>
  );
}
