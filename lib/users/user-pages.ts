import { listUsers, type ListedUser } from "./list-users";
import type { UserListQuery } from "./user-list-query";

/** Every user matching the filters, page by page along the keyset cursor (for streamed exports). */
export async function* userPages(query: UserListQuery): AsyncGenerator<ListedUser[]> {
  let cursor: string | undefined;
  do {
    const page = await listUsers({ ...query, limit: 500, cursor });
    yield page.users;
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}
