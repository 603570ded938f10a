// A timeline of an entity's statements: how many fall on each day (each month when the days are too
// many to read), as a bar list. The grouping is pure, so unit tests cover it.
import { h } from "./dom.ts";

export interface DatedStatement {
  saidOn?: string | null;
  publishedAt?: string | null;
  article?: { publishedAt?: string | null } | null;
}

export interface TimelineRow {
  /** YYYY-MM-DD, YYYY-MM, or "undated". */
  label: string;
  count: number;
}

/** More distinct days than this and the timeline counts months instead. */
export const MAX_DAYS = 31;

/** The date a statement card shows: when it was said, else when its article was published. */
export function statementDay(s: DatedStatement): string | null {
  const day = s.saidOn ?? s.article?.publishedAt ?? s.publishedAt;
  return day ? day.slice(0, 10) : null;
}

export function timelineRows(statements: readonly DatedStatement[]): TimelineRow[] {
  const days = statements.map(statementDay);
  const distinct = new Set(days.filter((d): d is string => d !== null));
  const width = distinct.size > MAX_DAYS ? 7 : 10;
  const counts = new Map<string, number>();
  let undated = 0;
  for (const day of days) {
    if (day === null) undated++;
    else counts.set(day.slice(0, width), (counts.get(day.slice(0, width)) ?? 0) + 1);
  }
  const rows = [...counts.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([label, count]) => ({ label, count }));
  if (undated > 0) rows.push({ label: "undated", count: undated });
  return rows;
}

export function timelineList(rows: readonly TimelineRow[]): HTMLElement {
  const max = Math.max(1, ...rows.map((r) => r.count));
  return h(
    "ol",
    { class: "timeline" },
    ...rows.map((row) => {
      const bar = h("span", { class: "bar", "aria-hidden": "true" });
      // The CSP forbids style attributes, not CSSOM: the width is set as a property.
      bar.style.width = `${(100 * row.count) / max}%`;
      return h(
        "li",
        { "data-date": row.label, "data-count": String(row.count) },
        h("span", { class: "date" }, row.label),
        h("span", { class: "track" }, bar),
        h(
          "span",
          { class: "n" },
          String(row.count),
          h("span", { class: "n-unit" }, row.count === 1 ? " statement" : " statements"),
        ),
      );
    }),
  );
}
