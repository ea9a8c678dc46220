/** A comma-separated component prop as a list: "a, b,, c" → ["a", "b", "c"]. */
export function listProp(value: string): string[] {
  return value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}
