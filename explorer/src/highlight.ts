// Cuts an article text into runs at the edges of its marks (the statement, its cue, the speaker
// mention), so each run can become one text node, wrapped in a <mark> when any mark covers it. Offsets
// are UTF-16 indices into the stored article text, as the API gives them; marks may overlap.
export interface Mark {
  start: number;
  end: number;
  kind: string;
}

export interface Run {
  text: string;
  start: number;
  /** Kinds of the marks covering this run, in the order the marks were given. */
  kinds: string[];
}

export function runs(text: string, marks: readonly Mark[]): Run[] {
  const valid = marks.filter((m) => m.start >= 0 && m.end <= text.length && m.start < m.end);
  const edges = new Set<number>([0, text.length]);
  for (const m of valid) {
    edges.add(m.start);
    edges.add(m.end);
  }
  const sorted = [...edges].sort((a, b) => a - b);
  const out: Run[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const start = sorted[i]!;
    const end = sorted[i + 1]!;
    const kinds = valid.filter((m) => m.start <= start && end <= m.end).map((m) => m.kind);
    out.push({ text: text.slice(start, end), start, kinds });
  }
  return out;
}
