import { Prisma } from "./generated/client";

// P2002: unique constraint (another request created the same row first); P2034: write conflict or
// deadlock; P2028: no transaction slot in time. All three succeed when run again on fresh data.
const RETRYABLE = new Set(["P2002", "P2034", "P2028"]);

/**
 * Runs `work` (a whole transaction) again when a concurrent writer beat it, a bounded number of
 * times with a short random pause, so simultaneous first logins of one identity all succeed on
 * PostgreSQL, where they race instead of queueing as SQLite's single writer does.
 */
export async function retryOnConflict<T>(work: () => Promise<T>, attempts = 5): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      const code = error instanceof Prisma.PrismaClientKnownRequestError ? error.code : undefined;
      if (!code || !RETRYABLE.has(code) || attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 50 * attempt));
    }
  }
}
