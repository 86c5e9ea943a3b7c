import type { TeamMapping } from "@/lib/config/parse-config";
import { sourceLabel } from "./source-label";
import { EmptyRow, Table, TBody, Td, Th } from "@/components/ui/table";
import { TextLink } from "@/components/ui/text-link";

interface TeamRow {
  id: string;
  name: string;
  source: string;
  members: number;
}

/** The teams list: id (what OKTA_GROUP_MAPPING refers to), source, member count and mapped groups. */
export function TeamsTable({ teams, mapped }: { teams: TeamRow[]; mapped: Map<string, TeamMapping[]> }) {
  return (
    <Table label="Teams" caption="Teams">
      <thead>
        <tr>
          <Th>Name</Th>
          <Th>Id</Th>
          <Th>Source</Th>
          <Th>Members</Th>
          <Th>Mapped Okta groups</Th>
        </tr>
      </thead>
      <TBody>
        {teams.length === 0 && <EmptyRow colSpan={5}>No teams yet.</EmptyRow>}
        {teams.map((team) => (
          <tr key={team.id} data-testid="team-row">
            <Td>
              <TextLink href={`/admin/teams/${encodeURIComponent(team.id)}`}>{team.name}</TextLink>
            </Td>
            <Td className="font-mono text-xs">{team.id}</Td>
            <Td>{sourceLabel("team", team.source)}</Td>
            <Td>{team.members}</Td>
            <Td>
              {mapped
                .get(team.id)
                ?.map((m) => m.group)
                .join(", ") || "—"}
            </Td>
          </tr>
        ))}
      </TBody>
    </Table>
  );
}
