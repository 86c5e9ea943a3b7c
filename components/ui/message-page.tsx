import type { ReactNode } from "react";
import { Muted } from "./card";
import { LogoMark } from "./logo-mark";

/** A page that says one thing (an error, a missing page, a refusal) and offers the way on. */
export function MessagePage({ title, children, action }: { title: string; children: ReactNode; action: ReactNode }) {
  return (
    <main className="mx-auto flex max-w-lg flex-col items-center px-4 py-24 text-center">
      <LogoMark size={40} />
      <h1 className="mt-4 text-2xl font-semibold">{title}</h1>
      <Muted className="mt-2 text-base">{children}</Muted>
      <div className="mt-6">{action}</div>
    </main>
  );
}
