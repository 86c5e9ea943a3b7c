"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

// Mid-tone colours keep enough contrast on both the light and the dark background.
const SUCCEEDED = "#059669";
const REFUSED = "#e11d48";

/** Sign-ins per day, stacked succeeded/refused. The table beside it is the text alternative. */
export function SignInChart({ days }: { days: { day: string; succeeded: number; refused: number }[] }) {
  return (
    <div className="h-64 w-full text-slate-600 dark:text-slate-300" aria-hidden="true">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={days} margin={{ top: 8, right: 8, bottom: 0, left: -16 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" stroke="currentColor" strokeOpacity={0.15} />
          <XAxis dataKey="day" tickFormatter={(day: string) => day.slice(5)} stroke="currentColor" fontSize={12} minTickGap={16} />
          <YAxis allowDecimals={false} stroke="currentColor" fontSize={12} />
          <Tooltip contentStyle={{ background: "#0f172a", border: "none", color: "#f8fafc" }} labelStyle={{ color: "#f8fafc" }} />
          <Legend />
          <Bar dataKey="succeeded" name="Succeeded" stackId="a" fill={SUCCEEDED} />
          <Bar dataKey="refused" name="Refused" stackId="a" fill={REFUSED} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
