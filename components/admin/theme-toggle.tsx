"use client";

import { useState } from "react";

const NEXT = { system: "light", light: "dark", dark: "system" } as const;
type Theme = keyof typeof NEXT;

/** Cycles system → light → dark; remembered in a cookie the root layout reads. */
export function ThemeToggle({ initial }: { initial: Theme }) {
  const [theme, setTheme] = useState<Theme>(initial);
  function toggle() {
    const next = NEXT[theme];
    document.cookie = `theme=${next}; path=/; max-age=31536000; samesite=lax`;
    document.documentElement.classList.remove("light", "dark");
    if (next !== "system") document.documentElement.classList.add(next);
    setTheme(next);
  }
  return (
    <button type="button" onClick={toggle} className="rounded-md px-2 py-1.5 text-sm hover:bg-slate-100 dark:hover:bg-slate-800" aria-label={`Theme: ${theme}. Change theme`}>
      Theme: {theme}
    </button>
  );
}
