import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { MessagePage } from "@/components/ui/message-page";

export default function Forbidden() {
  return (
    <MessagePage
      title="Admins only"
      action={
        <Link href="/admin" className={buttonClass("primary", undefined, "lg")}>
          Go to your account
        </Link>
      }
    >
      This page is for portal admins. Your own account is on the dashboard.
    </MessagePage>
  );
}
