// The work one pool thread does per article: exactly what the in-process path does (tryExtractArticle),
// so the Extraction that comes back is the same, field for field.
import { publicationDate, tryExtractArticle } from "../pipeline.ts";
import type { Extraction, InputError } from "../types.ts";
import type { DateOnly, ExtractTask } from "./pool.ts";

export function extractTask(task: ExtractTask): Extraction | InputError | DateOnly {
  if (task.dateOnly) return { dateOnly: publicationDate(task.raw) };
  return tryExtractArticle(task.raw, { fallbackReference: task.fallback });
}
