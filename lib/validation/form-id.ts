import { z } from "zod";

/** An id posted by a console form (user, team, token, session); its message completes "<field> …". */
export const formId = z.string({ message: "is missing" }).min(1, "is missing").max(64, "is not a valid id");
