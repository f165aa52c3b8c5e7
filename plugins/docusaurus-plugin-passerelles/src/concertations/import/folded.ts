/**
 * A report's text folded for pattern matching (lower case, no accents, the
 * punctuation kept), with the way back from a match to its line.
 */
export interface FoldedReport {
  /** The folded lines joined with "\n": a pattern may run over a line break ("+ de 40\nprofessionnel·les"). */
  text: string;
  lineAt(offset: number): number;
}

export function foldForMatching(line: string): string {
  return line.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
}

export function foldReport(lines: readonly string[]): FoldedReport {
  const folded = lines.map(foldForMatching);
  const starts: number[] = [];
  let offset = 0;
  for (const line of folded) {
    starts.push(offset);
    offset += line.length + 1;
  }
  return {
    text: folded.join('\n'),
    lineAt(position) {
      let low = 0;
      let high = starts.length - 1;
      while (low < high) {
        const middle = Math.ceil((low + high) / 2);
        if ((starts[middle] ?? 0) <= position) low = middle;
        else high = middle - 1;
      }
      return low + 1;
    },
  };
}
