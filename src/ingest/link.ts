// STUB — replaced by the link stage (meetings, dates, ABOUT, topics).
import type { Linked, Recognition, Segmented, Statement } from "./types.ts";

export function link(_doc: Segmented, rec: Recognition, statements: Statement[]): Linked {
  return { statements, meetings: [], entities: rec.entities };
}
