// Read: bytes → text. UTF-8 (with or without BOM), UTF-16 with a BOM, else windows-1252. Node's
// TextDecoder treats "windows-1252" as ISO-8859-1, so that table is spelled out here (Normalize's
// mojibake repair reads it too).

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

/** The windows-1252 character of one byte. */
export function cp1252Char(byte: number): string {
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
