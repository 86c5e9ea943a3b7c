"use client";

import { useEffect, useRef, useState, type ComponentType } from "react";

type Days = { day: string; succeeded: number; refused: number }[];

/**
 * The sign-ins chart, with recharts (the console's largest library) fetched only once the chart's
 * place scrolls near the screen; until then an empty box of the same size holds its place.
 */
export function LazySignInChart({ days }: { days: Days }) {
  const placeholder = useRef<HTMLDivElement>(null);
  const [Chart, setChart] = useState<ComponentType<{ days: Days }> | null>(null);
  useEffect(() => {
    const element = placeholder.current;
    if (!element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        void import("./sign-in-chart").then((module) => setChart(() => module.SignInChart));
      },
      { rootMargin: "200px" },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return Chart ? <Chart days={days} /> : <div ref={placeholder} className="h-64 w-full" aria-hidden="true" />;
}
