import { clsx, type ClassValue } from "clsx";
import { twMerge } from "tailwind-merge";

/** Joins class names and lets a caller's utility win over a primitive's default (px-4 over px-3). */
export function cn(...inputs: ClassValue[]): string {
  return twMerge(clsx(inputs));
}
