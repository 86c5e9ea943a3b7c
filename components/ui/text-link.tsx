import Link from "next/link";
import type { ComponentProps } from "react";
import { cn } from "./cn";

/** An in-app link that reads as one in both themes. */
export function TextLink({ className, ...props }: ComponentProps<typeof Link>) {
  return <Link className={cn("font-medium text-blue-700 hover:underline dark:text-blue-400", className)} {...props} />;
}
