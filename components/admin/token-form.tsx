"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Muted } from "@/components/ui/card";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { Checkbox, Field, Input, Select } from "@/components/ui/field";
import { Callout, Notice } from "@/components/ui/notice";

/** What a token-creating action hands back to this form: the secret, shown once, or what to fix. */
export interface CreateTokenState {
  secret?: string;
  name?: string;
  error?: string;
}

type Action = (state: CreateTokenState, form: FormData) => Promise<CreateTokenState>;

// What differs between an API token (acts as the admin, confirmed) and a SCIM token (for Okta).
const KINDS = {
  api: {
    nameLabel: "Name",
    placeholder: "e.g. ci-deploy",
    defaultDays: "30",
    submit: "Create token",
    confirm: true,
    where: "it is shown only once and stored only as a hash.",
  },
  scim: {
    nameLabel: "Token name",
    placeholder: "okta",
    defaultDays: "365",
    submit: "Create SCIM token",
    confirm: false,
    where: "paste it into Okta (Provisioning → Integration → HTTP Header); it is shown only once.",
  },
} as const;

/**
 * Creates an API or SCIM token and shows its secret this one time; afterwards only its prefix is
 * ever shown. More than a year needs the box ticked as well (lib/tokens/token-input.ts), so a
 * long-lived secret is always a deliberate choice.
 */
export function TokenForm({ kind, action }: { kind: keyof typeof KINDS; action: Action }) {
  const [state, formAction, pending] = useActionState(action, {});
  const text = KINDS[kind];
  return (
    <div className="space-y-3">
      <form action={formAction} className="flex flex-wrap items-end gap-3">
        <Field label={text.nameLabel}>
          <Input name="name" required maxLength={100} placeholder={text.placeholder} />
        </Field>
        <Field label="Expires after">
          <Select name="days" defaultValue={text.defaultDays}>
            <option value="7">7 days</option>
            <option value="30">30 days</option>
            <option value="90">90 days</option>
            <option value="365">1 year</option>
            <option value="730">2 years</option>
          </Select>
        </Field>
        <Checkbox name="longLived" value="yes" label="Longer than a year (needed for 2 years)" className="pb-2" />
        {pending ? (
          <Muted as="span">Creating…</Muted>
        ) : text.confirm ? (
          <ConfirmButton label={text.submit} confirmLabel={`Confirm ${text.submit.toLowerCase()}`} />
        ) : (
          <Button type="submit" variant="primary">
            {text.submit}
          </Button>
        )}
      </form>
      <Notice error={state.error} />
      {state.secret && (
        <Callout tone="warning">
          <p>
            Token <strong>{state.name}</strong> created. Copy it now: {text.where}
          </p>
          <Field label="Secret" className="mt-2">
            <Input
              data-testid={kind === "api" ? "token-secret" : "scim-token-secret"}
              readOnly
              value={state.secret}
              className="font-mono"
              onFocus={(event) => event.currentTarget.select()}
            />
          </Field>
        </Callout>
      )}
    </div>
  );
}
