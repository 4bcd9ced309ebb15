/** The demo's output width: every line fits an 80-column terminal. */
export const COLUMNS = 80;

// biome-ignore lint/suspicious/noControlCharactersInRegex: strips ANSI colour codes
const ANSI = /\u001b\[[0-9;]*m/g;

/** Columns a text takes on a terminal: code points, colour codes not counted. */
export const visibleLength = (text: string) => [...text.replace(ANSI, '')].length;

/**
 * Wraps `text` at spaces into lines of at most `width` columns; continuation lines start
 * with `indent`. A word longer than a line (a URL) is cut across lines.
 */
export function wrap(text: string, width: number, indent = ''): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(' ')) {
    const candidate = current ? `${current} ${word}` : word;
    if (visibleLength(candidate) <= width || !current.trim()) current = candidate;
    else {
      lines.push(current);
      current = indent + word;
    }
    while (visibleLength(current) > width) {
      const chars = [...current];
      lines.push(chars.slice(0, width).join(''));
      current = indent + chars.slice(width).join('');
    }
  }
  if (current.trim() || lines.length === 0) lines.push(current);
  return lines;
}
