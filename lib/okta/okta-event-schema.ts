import { z } from "zod";

const target = z.looseObject({
  id: z.string().max(256),
  type: z.string().max(64),
  alternateId: z.string().max(1024).nullish(),
  displayName: z.string().max(1024).nullish(),
});

/** One event of an Okta event hook delivery (the fields the portal reads; the rest is kept as sent). */
export const oktaEventSchema = z.looseObject({
  uuid: z.string().min(1).max(128),
  eventType: z.string().min(1).max(128),
  published: z.iso.datetime({ offset: true }),
  target: z.array(target).max(50).nullish(),
});

/** An event hook request: Okta batches up to a few dozen events in `data.events`. */
export const oktaEventHookSchema = z.looseObject({
  data: z.looseObject({ events: z.array(oktaEventSchema).min(1).max(200) }),
});

export type OktaEvent = z.infer<typeof oktaEventSchema>;
