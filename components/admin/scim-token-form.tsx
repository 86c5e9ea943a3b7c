"use client";

import { useActionState } from "react";
import type { CreateTokenState } from "@/app/admin/(console)/settings/actions";
import { TokenLifetimeFields } from "./token-lifetime-fields";

type Action = (state: CreateTokenState, form: FormData) => Promise<CreateTokenState>;

/** Creates a SCIM token and shows its secret this once (it is stored only as a hash). */
export function ScimTokenForm({ action }: { action: Action }) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <div className="space-y-3">
      <form action={formAction} className="flex flex-wrap items-end gap-2">
        <label className="text-sm">
          <span className="block font-medium">Token name</span>
          <input name="name" required maxLength={100} placeholder="okta" className="mt-1 rounded-md border border-slate-300 bg-white px-2.5 py-1 text-sm dark:border-slate-700 dark:bg-slate-950" />
        </label>
        <TokenLifetimeFields defaultDays="365" />
        <button type="submit" disabled={pending} className="rounded-md bg-slate-900 px-3 py-1.5 text-sm font-medium text-white disabled:opacity-50 dark:bg-white dark:text-slate-900">
          Create SCIM token
        </button>
      </form>
      {state.error && <p role="alert" className="text-sm text-red-700 dark:text-red-300">{state.error}</p>}
      {state.secret && (
        <div role="status" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm dark:border-amber-800 dark:bg-amber-950">
          <p>Token “{state.name}” created. Copy it now into Okta (Provisioning → Integration → HTTP Header): it is not shown again.</p>
          <code data-testid="scim-token-secret" className="mt-2 block break-all font-mono">{state.secret}</code>
        </div>
      )}
    </div>
  );
}
