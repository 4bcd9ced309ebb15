/**
 * The demo's output with what differs between runs made equal: the state folder's name,
 * ports, the OAuth code and state, the run time and the number of API requests (the
 * invoice status polls with the clock). Everything else (documents, counts, numbers) is
 * seeded and stays as printed.
 */
export function normalizeDemoOutput(output: string, stateName: string): string {
  const start = output.indexOf('fortnox-kit demo');
  return output
    .slice(Math.max(0, start))
    .replaceAll(stateName, '<state>')
    .replace(/127\.0\.0\.1:\d+/g, '127.0.0.1:<port>')
    .replace(/(state|code)=[^&\s…]+…/g, '$1=<redacted>…')
    .replace(/\d+\.\d s (och|and) \d+/g, 'N.N s $1 N');
}

/** Adds up a summary line's counts: `51 skapade, 0 uppdaterade, 1 oförändrade, …`. */
export function sumOfCounts(summary: string): number {
  return [...summary.matchAll(/(\d+) \p{L}+/gu)].reduce((sum, m) => sum + Number(m[1]), 0);
}
