"use client";

import { useActionState } from "react";
import type { CreateTokenState } from "@/app/admin/(console)/tokens/actions";
import { ConfirmButton } from "./confirm-button";
import { Notice } from "./notice";
import { field, muted } from "./styles";
import { TokenLifetimeFields } from "./token-lifetime-fields";

type Action = (state: CreateTokenState, form: FormData) => Promise<CreateTokenState>;

/** Creates a token and shows its secret this one time; afterwards only its prefix is ever shown. */
export function CreateTokenForm({ action }: { action: Action }) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <div className="space-y-3">
      <form action={formAction} className="flex flex-wrap items-end gap-3">
        <label className="text-sm font-medium">
          Name
          <input name="name" required maxLength={100} placeholder="e.g. ci-deploy" className={field} />
        </label>
        <TokenLifetimeFields defaultDays="30" />
        {pending ? <span className={`text-sm ${muted}`}>Creating…</span> : <ConfirmButton label="Create token" confirmLabel="Confirm create token" />}
      </form>
      <Notice error={state.error} />
      {state.secret && (
        <div role="status" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100">
          <p>
            Token <strong>{state.name}</strong> created. Copy it now: it is shown only once and stored only as a hash.
          </p>
          <label className="mt-2 block font-medium">
            Secret
            <input data-testid="token-secret" readOnly value={state.secret} className={`${field} font-mono`} onFocus={(event) => event.currentTarget.select()} />
          </label>
        </div>
      )}
    </div>
  );
}
