import Link from "next/link";
import type { TeamMapping } from "@/lib/config/parse-config";
import { sourceLabel } from "./source-label";
import { muted, table, tbody, td, textLink, th } from "./styles";
import { TableRegion } from "./table-region";

interface TeamRow {
  id: string;
  name: string;
  source: string;
  members: number;
}

/** The teams list: id (what OKTA_GROUP_MAPPING refers to), source, member count and mapped groups. */
export function TeamsTable({ teams, mapped }: { teams: TeamRow[]; mapped: Map<string, TeamMapping[]> }) {
  return (
    <TableRegion label="Teams">
      <table className={table}>
        <caption className="sr-only">Teams</caption>
        <thead>
          <tr>
            <th scope="col" className={th}>Name</th>
            <th scope="col" className={th}>Id</th>
            <th scope="col" className={th}>Source</th>
            <th scope="col" className={th}>Members</th>
            <th scope="col" className={th}>Mapped Okta groups</th>
          </tr>
        </thead>
        <tbody className={tbody}>
          {teams.length === 0 && (
            <tr>
              <td colSpan={5} className={`${td} py-6 text-center ${muted}`}>No teams yet.</td>
            </tr>
          )}
          {teams.map((team) => (
            <tr key={team.id} data-testid="team-row">
              <td className={td}>
                <Link href={`/admin/teams/${encodeURIComponent(team.id)}`} className={textLink}>{team.name}</Link>
              </td>
              <td className={`${td} font-mono text-xs`}>{team.id}</td>
              <td className={td}>{sourceLabel("team", team.source)}</td>
              <td className={td}>{team.members}</td>
              <td className={td}>{mapped.get(team.id)?.map((m) => m.group).join(", ") || "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
