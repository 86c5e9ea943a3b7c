import { Button } from "@/components/ui/button";

/** A plain form POST: works without JavaScript and carries the Origin header the CSRF check needs. */
export function SignOutButton({ className }: { className?: string }) {
  return (
    <form method="post" action="/admin/logout">
      <Button type="submit" variant="ghost" className={className}>
        Sign out
      </Button>
    </form>
  );
}
