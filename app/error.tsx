"use client";

import { Button } from "@/components/ui/button";
import { MessagePage } from "@/components/ui/message-page";

/**
 * Any page that fails to render: a plain explanation and a retry, never a stack trace. retry(), not
 * reset(): reset re-renders the payload that failed, so after an outage only a refetch recovers.
 */
export default function ErrorPage({ retry }: { error: unknown; retry: () => void }) {
  return (
    <MessagePage
      title="This page couldn't be loaded"
      action={
        <Button variant="primary" size="lg" onClick={retry}>
          Try again
        </Button>
      }
    >
      The portal hit a problem, for example its database being briefly unavailable. Nothing was changed. Try again in a moment; if it keeps happening, an
      operator can check <code>/ready</code>.
    </MessagePage>
  );
}
