// Normalize: mojibake repair. UTF-8 bytes that were decoded as a single-byte code page somewhere
// upstream ("GesprÃ¤che", "GesprĂ€che"). For each candidate code page we map the suspicious characters
// back to bytes and decode those as UTF-8; a repair is applied only where the result is a plausible
// European letter or punctuation mark, and only with the code page that explains the most sequences.
// Node's TextDecoder lacks ISO-8859-16, so that table is spelled out here; windows-1252 is the reader's.

import { cp1252Char } from "../read/decode.ts";

// ISO-8859-16 (Latin-10) bytes 0xA0–0xFF; the C1 range 0x80–0x9F is unchanged.
const ISO8859_16_HIGH =
  "\u00a0ĄąŁ€„Š§š©Ș«Ź\u00adźŻ°±ČłŽ”¶·žčș»ŒœŸżÀÁÂĂÄĆÆÇÈÉÊËÌÍÎÏĐŃÒÓÔŐÖŚŰÙÚÛÜĘȚßàáâăäćæçèéêëìíîïđńòóôőöśűùúûüęțÿ";

interface CodePage {
  name: string;
  /** char → byte for bytes 0x80–0xFF */
  toByte: Map<string, number>;
  pattern: RegExp;
}

function latin1Table(): string[] {
  const t: string[] = [];
  for (let b = 0x80; b <= 0xff; b++) t.push(String.fromCharCode(b));
  return t;
}

function icuTable(label: string): string[] {
  const dec = new TextDecoder(label);
  const t: string[] = [];
  for (let b = 0x80; b <= 0xff; b++) {
    const c = dec.decode(Uint8Array.of(b));
    t.push(c.length === 1 && c !== "\ufffd" ? c : String.fromCharCode(b));
  }
  return t;
}

function escapeClass(chars: Iterable<string>): string {
  let out = "";
  for (const c of chars) out += `\\u{${c.codePointAt(0)!.toString(16)}}`;
  return out;
}

function codePage(name: string, tables: string[][]): CodePage {
  const toByte = new Map<string, number>();
  for (const table of tables) {
    table.forEach((c, i) => {
      if (!toByte.has(c)) toByte.set(c, 0x80 + i);
    });
  }
  const lead2: string[] = [];
  const lead3: string[] = [];
  const lead4: string[] = [];
  const cont: string[] = [];
  for (const [c, b] of toByte) {
    if (b >= 0x80 && b <= 0xbf) cont.push(c);
    else if (b >= 0xc2 && b <= 0xdf) lead2.push(c);
    else if (b >= 0xe0 && b <= 0xef) lead3.push(c);
    else if (b >= 0xf0 && b <= 0xf4) lead4.push(c);
  }
  // Latin-1 text keeps ASCII, so a lead byte can only be a non-ASCII character; NBSP (0xA0) is a
  // continuation byte that white-space clean-up would otherwise destroy first.
  const C = `[${escapeClass(cont)}]`;
  const pattern = new RegExp(
    `[${escapeClass(lead2)}]${C}|[${escapeClass(lead3)}]${C}{2}|[${escapeClass(lead4)}]${C}{3}`,
    "gu",
  );
  return { name, toByte, pattern };
}

let codePages: CodePage[] | null = null;

function candidates(): CodePage[] {
  if (codePages) return codePages;
  const latin1 = latin1Table();
  const cp1252 = latin1.map((_, i) => cp1252Char(0x80 + i));
  const iso16 = [...latin1.slice(0, 0x20), ...ISO8859_16_HIGH];
  codePages = [
    codePage("windows-1252", [cp1252, latin1]),
    codePage("windows-1250", [icuTable("windows-1250"), latin1]),
    codePage("iso-8859-2", [icuTable("iso-8859-2"), latin1]),
    codePage("iso-8859-15", [icuTable("iso-8859-15"), latin1]),
    codePage("iso-8859-16", [iso16]),
  ];
  return codePages;
}

// Per UTF-16 code unit: 1 when it is a lead character of some code page, 2 a continuation
// character, 3 both. All code page characters are in the BMP.
let pairTable: Uint8Array | null = null;

function suspiciousTable(): Uint8Array {
  if (pairTable) return pairTable;
  const table = new Uint8Array(0x10000);
  for (const page of candidates()) {
    for (const [c, b] of page.toByte) {
      const code = c.charCodeAt(0);
      if (b >= 0xc2 && b <= 0xf4) table[code]! |= 1;
      else if (b >= 0x80 && b <= 0xbf) table[code]! |= 2;
    }
  }
  pairTable = table;
  return table;
}

/**
 * One pass over the text: any lead character of any code page followed by any continuation
 * character. A table scan: the same test as a regex of two character classes, several times faster.
 */
function suspicious(text: string): boolean {
  const table = suspiciousTable();
  for (let i = 0; i + 1 < text.length; i++)
    if (table[text.charCodeAt(i)]! & 1 && table[text.charCodeAt(i + 1)]! & 2) return true;
  return false;
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

function plausible(s: string): boolean {
  const cp = s.codePointAt(0)!;
  return (
    (cp >= 0xa0 && cp <= 0x17f) ||
    (cp >= 0x2010 && cp <= 0x203a) ||
    cp === 0x20ac ||
    cp === 0x2122 ||
    (cp >= 0x400 && cp <= 0x4ff) ||
    (cp >= 0x218 && cp <= 0x21b)
  );
}

function repairOne(seq: string, page: CodePage): string | null {
  const bytes: number[] = [];
  for (const c of seq) {
    const b = page.toByte.get(c);
    if (b === undefined) return null;
    bytes.push(b);
  }
  try {
    const s = utf8.decode(Uint8Array.from(bytes));
    return s.length >= 1 && plausible(s) ? s : null;
  } catch {
    return null;
  }
}

// Characters that German text uses and that a repair should produce at least once before we trust it.
const GERMAN_HINT = /[äöüÄÖÜß„“”‚‘’–—…é€«»]/;

export interface MojibakeRepair {
  text: string;
  /** The code page the text had been wrongly decoded with; null when nothing was repaired. */
  codePage: string | null;
  repaired: number;
}

/** Repairs UTF-8-read-as-single-byte mojibake when it clearly improves the text. Linear in the text. */
export function repairMojibake(text: string): MojibakeRepair {
  // Fast exit: no lead character followed by a continuation character in any code page.
  if (!suspicious(text)) return { text, codePage: null, repaired: 0 };
  // Several code pages explain the same bytes ("Ă€" is "À" via windows-1250, "ä" via ISO-8859-16):
  // the one whose repairs are the letters German text uses wins.
  let best: { page: CodePage; score: number } | null = null;
  for (const page of candidates()) {
    let good = 0;
    let total = 0;
    let german = 0;
    page.pattern.lastIndex = 0;
    for (const m of text.matchAll(page.pattern)) {
      total++;
      const r = repairOne(m[0], page);
      if (r) {
        good++;
        if (GERMAN_HINT.test(r)) german++;
      }
    }
    const score = good + 2 * german;
    if (good > 0 && good >= total * 0.8 && (german > 0 || good >= 3) && (!best || score > best.score)) {
      best = { page, score };
    }
  }
  if (!best) return { text, codePage: null, repaired: 0 };
  const page = best.page;
  let repaired = 0;
  const out = text.replace(page.pattern, (seq) => {
    const r = repairOne(seq, page);
    if (r === null) return seq;
    repaired++;
    return r;
  });
  return { text: out, codePage: page.name, repaired };
}
