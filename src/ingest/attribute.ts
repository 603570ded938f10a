// STUB — replaced by the attribute stage (direct, indirect and reported speech; speaker resolution).
import type { Recognition, Segmented, Statement } from "./types.ts";

export function attribute(_doc: Segmented, _rec: Recognition): Statement[] {
  return [];
}
