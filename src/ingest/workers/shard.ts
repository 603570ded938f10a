// `--shard i/n`: several ingest processes split one input between them. Every process reads the whole
// input (reading is cheap next to extraction) and extracts and writes only the articles whose key
// hashes to its shard; MERGE on the unique constraints makes the processes safe against each other
// where their articles share people, places or even the article itself.
import type { ReadResult } from "../read/parse.ts";

export interface Shard {
  /** 1-based, as written on the command line. */
  index: number;
  count: number;
}

/** "2/4" → { index: 2, count: 4 }, or what is wrong with it. */
export function parseShard(text: string): Shard | { error: string } {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index < 1 || index > count) {
    return { error: `--shard needs i/n with 1 ≤ i ≤ n (e.g. 1/4), not '${text}'` };
  }
  return { index, count };
}

/**
 * What decides an article's shard: its url when the input gives one (the article's identity, so the
 * same url in two files goes to one process), else the file (and line) it comes from. An input error
 * goes by its file, so exactly one shard reports it.
 */
export function shardKey(item: ReadResult): string {
  if ("meta" in item && item.meta.url) return `url:${item.meta.url}`;
  return `file:${item.file}`;
}

/** FNV-1a (32 bit) of the UTF-16 code units: stable across processes, machines and Node versions. */
export function stableHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

export function inShard(item: ReadResult, shard: Shard): boolean {
  return stableHash(shardKey(item)) % shard.count === shard.index - 1;
}
