// Bytes → text, and repair of text that was decoded with the wrong code page somewhere upstream.
// Node's TextDecoder treats "windows-1252" as ISO-8859-1 and lacks ISO-8859-16, so those two tables
// are spelled out here.

export interface Decoded {
  text: string;
  /** "utf-8", "utf-16le", "utf-16be", "windows-1252" */
  encoding: string;
  warnings: string[];
}

export interface DecodeFailure {
  reason: string;
}

// windows-1252 bytes 0x80–0x9F; 0 = undefined in the code page (decoded as the C1 control, as browsers do).
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0,
  0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
  0x0153, 0, 0x017e, 0x0178,
];

// ISO-8859-16 (Latin-10) bytes 0xA0–0xFF; the C1 range 0x80–0x9F is unchanged.
const ISO8859_16_HIGH =
  "\u00a0ĄąŁ€„Š§š©Ș«Ź\u00adźŻ°±ČłŽ”¶·žčș»ŒœŸżÀÁÂĂÄĆÆÇÈÉÊËÌÍÎÏĐŃÒÓÔŐÖŚŰÙÚÛÜĘȚßàáâăäćæçèéêëìíîïđńòóôőöśűùúûüęțÿ";

function cp1252Char(byte: number): string {
  if (byte >= 0x80 && byte <= 0x9f) return String.fromCharCode(CP1252_HIGH[byte - 0x80] || byte);
  return String.fromCharCode(byte);
}

/** Decodes windows-1252 (a superset of ISO-8859-1 for printable text). Linear. */
export function decodeCp1252(bytes: Uint8Array): string {
  const table: string[] = [];
  for (let b = 0; b < 256; b++) table.push(cp1252Char(b));
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    let s = "";
    const end = Math.min(bytes.length, i + CHUNK);
    for (let j = i; j < end; j++) s += table[bytes[j]!];
    parts.push(s);
  }
  return parts.join("");
}

/** Counts well-formed multi-byte UTF-8 sequences and invalid bytes in one pass. */
function utf8Census(bytes: Uint8Array): { multibyte: number; invalid: number } {
  let multibyte = 0;
  let invalid = 0;
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const len = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = len > 0 && i + len <= n;
    for (let k = 1; ok && k < len; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
    if (ok) {
      multibyte++;
      i += len;
    } else {
      invalid++;
      i++;
    }
  }
  return { multibyte, invalid };
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g;

/**
 * Decodes a file's bytes: UTF-8 (with or without BOM), UTF-16 with BOM, else windows-1252 when the
 * bytes are not UTF-8 (Latin-1 files). Refuses empty and binary files.
 */
export function decodeBytes(bytes: Uint8Array): Decoded | DecodeFailure {
  if (bytes.length === 0) return { reason: "empty file" };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes.subarray(2), "utf-16le");
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes.subarray(2), "utf-16be");
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  const body = bytes.subarray(start);
  if (body.indexOf(0) >= 0) return { reason: "binary file (contains NUL bytes), not a text article" };

  let text: string;
  let encoding = "utf-8";
  const warnings: string[] = [];
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(body);
  } catch {
    const { multibyte, invalid } = utf8Census(body);
    if (multibyte > invalid * 4) {
      // Mostly UTF-8 with a few damaged bytes: keep UTF-8, mark the damage.
      text = new TextDecoder("utf-8").decode(body);
      warnings.push(`${invalid} invalid UTF-8 byte(s) replaced with U+FFFD`);
    } else {
      text = decodeCp1252(body);
      encoding = "windows-1252";
      warnings.push("not valid UTF-8; decoded as windows-1252 (Latin-1)");
    }
  }
  const controls = text.match(CONTROL)?.length ?? 0;
  if (controls > 0 && controls / text.length > 0.01) {
    return { reason: `binary file (${controls} control characters), not a text article` };
  }
  if (text.trim() === "") return { reason: "empty file (only white space)" };
  return { text, encoding, warnings };
}

function utf16(body: Uint8Array, encoding: "utf-16le" | "utf-16be"): Decoded | DecodeFailure {
  const text = new TextDecoder(encoding).decode(body);
  if (text.trim() === "") return { reason: "empty file (only white space)" };
  return { text, encoding, warnings: [] };
}

// ---------------------------------------------------------------------------------------------
// Mojibake: UTF-8 bytes that were decoded as a single-byte code page ("GesprÃ¤che", "GesprĂ€che").
// For each candidate code page we map the suspicious characters back to bytes and decode those as
// UTF-8; a repair is applied only where the result is a plausible European letter or punctuation
// mark, and only with the code page that explains the most sequences.

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
