"use client";

import { useState } from "react";

const NEXT = { system: "light", light: "dark", dark: "system" } as const;
type Theme = keyof typeof NEXT;

// Sun, moon, and a half-filled screen for "follow the system".
const ICONS: Record<Theme, string> = {
  light:
    "M10 3v1.5M10 15.5V17M3 10h1.5M15.5 10H17M5.05 5.05l1.06 1.06M13.89 13.89l1.06 1.06M5.05 14.95l1.06-1.06M13.89 6.11l1.06-1.06M13 10a3 3 0 1 1-6 0 3 3 0 0 1 6 0Z",
  dark: "M16 12.5A6.5 6.5 0 0 1 7.5 4a6.5 6.5 0 1 0 8.5 8.5Z",
  system: "M3 4.5h14v9H3zM7 16.5h6M10 4.5v9",
};

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
    <button
      type="button"
      onClick={toggle}
      title={`Theme: ${theme}`}
      aria-label={`Theme: ${theme}. Change theme`}
      className="inline-flex size-9 items-center justify-center rounded-md hover:bg-slate-100 dark:hover:bg-slate-800"
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 20 20"
        className="size-5"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
        strokeLinecap="round"
        strokeLinejoin="round"
      >
        <path d={ICONS[theme]} />
      </svg>
    </button>
  );
}
