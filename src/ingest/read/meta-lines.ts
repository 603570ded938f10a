// Read: the metadata lines German news sites print around an article — publication dates ("Stand:
// 21.12.2025 21:54 Uhr", "20. Dezember 2025, 7:13 Uhr Quelle: DIE ZEIT, dpa", the SpkAtt "date
// 2025-12-20" prefix), source and author lines ("Quelle: …", "Von: APA/AFP"), datelines ("Miami (dpa) -")
// and closing agency credits ("(Tsp, AFP, dpa)").
//
// A Read job that runs inside Normalize's line loop (normalize/normalize.ts), for every way an article
// comes in (files, JSON fields, text handed to the GraphQL ingest), and it cannot run before it without
// changing what is read: these lines are recognized in text whose mojibake, Unicode form and white space
// are already repaired; each line is tested in a fixed order with the boilerplate tests (a "date …"
// prefix is cut before a line is judged as chrome, a date line is read only when the line is not chrome);
// a dropped metadata line leaves a paragraph break and marks the text as changed; and the dateline and
// the closing credit are looked for in the first and last paragraphs left after boilerplate is gone.

import { agencyCredit, matchDate, mergeSources, splitSources } from "./meta.ts";

const META_PREFIX =
  /^(?:(?:Stand|Aktualisiert|Zuletzt aktualisiert|Veröffentlicht|Erstellt|Datum)(?:\s+am)?\s*:\s*|(?:Aktualisiert|Veröffentlicht|Erstellt)\s+am\s+)/i;
const SOURCE_LINE =
  /^(?:(?:Quellen?|Material)\s*:|Mit Material (?:von|der Nachrichtenagenturen?|aus))\s*(.{1,120})$/i;
const AUTHOR_LINE =
  /^(?:Von|Autor(?:in)?|Text|Ein (?:Artikel|Beitrag) von)\s*:\s*(.{1,100})$|^Von\s+(.{1,60})$/;
const DATE_PREFIX = /^date\s+(\d{4}-\d{2}-\d{2})(?:\s+|$)/i;
const DATELINE =
  /^([A-ZÄÖÜ][\p{L}\p{M}'.\- ]{0,40}?(?:\/[A-ZÄÖÜ][\p{L}\p{M}'.\- ]{0,40}?)?)\s*\(([^()]{2,40})\)\s*[-–—]\s+/u;
const TRAILING_AGENCY = /\s*\(([^()]{2,60})\)\s*$/;

/** What the metadata lines of one article said, collected while Normalize walks its lines. */
export class MetadataLines {
  /** Publication dates in the order found: "YYYY-MM-DD" or "YYYY-MM-DDTHH:mm". */
  private readonly dates: string[] = [];
  /** Credited outlets and agencies in the order found. */
  readonly sources: string[] = [];
  /** Place of a dateline such as "Miami (dpa) -". */
  dateline: string | null = null;

  /**
   * "date 2025-12-20 Text": records the date and returns the rest of the line ("" when nothing is
   * left); null when the line has no such prefix.
   */
  datePrefix(line: string): string | null {
    const dp = line.match(DATE_PREFIX);
    if (!dp) return null;
    this.dates.push(dp[1]!);
    return line.slice(dp[0].length).trim();
  }

  /** A line that is metadata and no article text: read (dates, sources) and answered with true. */
  readLine(line: string): boolean {
    // Date lines: "Stand: 21.12.2025 21:54 Uhr", "20. Dezember 2025, 7:13 Uhr Quelle: DIE ZEIT, dpa",
    // "Donnerstag, 18. Dezember 2025 | 05:41 Uhr".
    const prefixed = line.match(META_PREFIX);
    const afterPrefix = prefixed ? line.slice(prefixed[0].length) : line;
    const dm = matchDate(afterPrefix);
    if (dm) {
      const rest = afterPrefix
        .slice(dm.length)
        .replace(/^\s*(?:Uhr\b)?\s*[|,–-]?\s*/, "")
        .trim();
      const src = rest.match(/^(?:Quellen?\s*:|Von\s*:?)\s*(.*)$/i);
      if (!rest || src || /^(?:Lesezeit|Aktualisiert|Update)\b/i.test(rest)) {
        this.dates.push(dm.value);
        if (src?.[1]) mergeSources(this.sources, splitSources(src[1]));
        return true;
      }
    } else if (prefixed && afterPrefix.length < 40 && !/[.!?]$/.test(afterPrefix)) {
      return true;
    }
    const sm = line.match(SOURCE_LINE);
    if (sm) {
      mergeSources(this.sources, splitSources(sm[1]!));
      return true;
    }
    const am = line.match(AUTHOR_LINE);
    if (am && !/[.!?]$/.test(line)) {
      // "Von: APA/AFP" credits agencies; "Von: Jana Muster" is a byline — neither is article text.
      // Without a colon only an agency credit counts ("Von Miami nach Moskau" is a headline).
      const credited = agencyCredit(am[1] ?? am[2] ?? "");
      if (credited) mergeSources(this.sources, credited);
      if (am[1] !== undefined || credited) return true;
    }
    return false;
  }

  /**
   * The dateline at the start of one of the first paragraphs and the agency credit closing the last,
   * cut from the paragraphs (an emptied last paragraph goes). True when a paragraph changed.
   */
  readEdges(paragraphs: { text: string }[]): boolean {
    let changed = false;
    // Dateline "Miami (dpa) - …" at the start of one of the first paragraphs.
    for (let i = 0; i < Math.min(paragraphs.length, 6); i++) {
      const k = paragraphs[i]!;
      const m = k.text.match(DATELINE);
      const credited = m ? agencyCredit(m[2]!) : null;
      if (m && credited) {
        this.dateline = m[1]!.trim();
        mergeSources(this.sources, credited);
        k.text = k.text.slice(m[0].length);
        changed = true;
        break;
      }
    }
    // Agency credit closing the article: "… vereinbart. (Tsp, AFP, dpa)".
    const last = paragraphs[paragraphs.length - 1];
    if (last) {
      const m = last.text.match(TRAILING_AGENCY);
      const credited = m ? agencyCredit(m[1]!) : null;
      if (m && credited) {
        mergeSources(this.sources, credited);
        last.text = last.text.slice(0, m.index).trim();
        changed = true;
        if (!last.text) paragraphs.pop();
      }
    }
    return changed;
  }

  /** The publication date: the first one found, upgraded to a same-day one with a time. */
  publishedAt(): string | null {
    const first = this.dates[0];
    if (!first) return null;
    const day = first.slice(0, 10);
    const timed = this.dates.find((d) => d.length > 10 && d.startsWith(day));
    return first.length > 10 ? first : (timed ?? first);
  }
}
