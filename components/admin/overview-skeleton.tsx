import { Card, cardClass } from "@/components/ui/card";

/** Holds the overview's place (same tiles and boxes, no figures) while they stream in. */
export function OverviewSkeleton() {
  return (
    <div className="space-y-6" aria-busy="true" aria-label="Loading figures">
      <ul className="grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-5">
        {Array.from({ length: 5 }, (_, i) => (
          <li key={i} className={cardClass("h-[74px] animate-pulse")} />
        ))}
      </ul>
      <Card className="h-80 animate-pulse" />
    </div>
  );
}
