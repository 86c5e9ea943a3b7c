import { db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/is-unique-violation";
import { OktaRequestRejected } from "./okta-request-rejected";

/**
 * Records a signed request's `jti` until the token expires, shared by every instance through the
 * database; a second use is a replay and is refused. Expired ids are pruned as new ones arrive.
 */
export async function claimTokenIdOnce(jti: string, expiresAt: Date): Promise<void> {
  try {
    await db.usedTokenId.create({ data: { jti, expiresAt } });
  } catch (error) {
    if (isUniqueViolation(error)) throw new OktaRequestRejected(`jti ${jti} was already used`);
    throw error;
  }
  await db.usedTokenId.deleteMany({ where: { expiresAt: { lt: new Date() } } });
}
