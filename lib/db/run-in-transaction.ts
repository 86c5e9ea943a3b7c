import { db, type DbTransaction } from "./client";

/** Runs `work` inside the caller's transaction when there is one, else in a new transaction. */
export function runInTransaction<T>(tx: DbTransaction | undefined, work: (tx: DbTransaction) => Promise<T>): Promise<T> {
  return tx ? work(tx) : db.$transaction(work);
}
