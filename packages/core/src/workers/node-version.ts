/** Whether this Node is at least `minimum` ("22.12"): pg-boss 12 needs Node >= 22.12. */
export function nodeAtLeast(minimum: string, version: string = process.versions.node): boolean {
  const have = version.split('.').map(Number);
  const need = minimum.split('.').map(Number);
  for (let i = 0; i < need.length; i++) {
    const a = have[i] ?? 0;
    const b = need[i] ?? 0;
    if (a !== b) return a > b;
  }
  return true;
}
