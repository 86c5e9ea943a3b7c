import { MessagePage } from "@/components/ui/message-page";
import { TextLink } from "@/components/ui/text-link";

export default function NotFound() {
  return (
    <MessagePage title="Page not found" action={<TextLink href="/admin">Back to the dashboard</TextLink>}>
      The page or record you asked for does not exist (any more).
    </MessagePage>
  );
}
