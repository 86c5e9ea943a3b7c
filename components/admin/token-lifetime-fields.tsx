import { field } from "./styles";

/**
 * How long a new API or SCIM token lives. More than a year needs the box ticked as well
 * (lib/tokens/token-input.ts), so a long-lived secret is always a deliberate choice.
 */
export function TokenLifetimeFields({ defaultDays }: { defaultDays: "30" | "365" }) {
  return (
    <>
      <label className="text-sm font-medium">
        Expires after
        <select name="days" defaultValue={defaultDays} className={field}>
          <option value="7">7 days</option>
          <option value="30">30 days</option>
          <option value="90">90 days</option>
          <option value="365">1 year</option>
          <option value="730">2 years</option>
        </select>
      </label>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="longLived" value="yes" />
        Longer than a year (needed for 2 years)
      </label>
    </>
  );
}
