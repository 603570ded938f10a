// The contract of types.ts as the writer checks it: ids present, offsets inside the article text.
// A broken extraction is a bug upstream, so it stops the article with an error naming the field.

/** The extraction breaks the contract of types.ts; names the field so the bug can be found. */
export class ExtractionContractError extends Error {
  constructor(field: string, reason: string) {
    super(`${field}: ${reason}`);
    this.name = "ExtractionContractError";
  }
}

export function requireId(value: unknown, field: string): string {
  if (typeof value !== "string" || value.trim() === "") {
    throw new ExtractionContractError(field, "missing id");
  }
  return value;
}

export function requireSpan(start: unknown, end: unknown, textLength: number, field: string): void {
  if (!Number.isInteger(start) || !Number.isInteger(end)) {
    throw new ExtractionContractError(field, `offsets ${String(start)}-${String(end)} are not integers`);
  }
  if ((start as number) < 0 || (end as number) < (start as number) || (end as number) > textLength) {
    throw new ExtractionContractError(
      field,
      `offsets ${String(start)}-${String(end)} lie outside the article text (length ${textLength})`,
    );
  }
}

/** Non-empty strings in first-seen order, without `exclude`. */
export function uniqueStrings(values: Iterable<string>, exclude?: string): string[] {
  const out: string[] = [];
  for (const v of values) {
    if (typeof v !== "string" || v === "" || v === exclude || out.includes(v)) continue;
    out.push(v);
  }
  return out;
}
