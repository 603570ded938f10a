// Large answers one at a time. The response budget bounds one request; ten requests that each
// stay within it (a page of article texts, eight aliases of 100 contexts) still held 160–330 MB of
// server memory at once, because each fetches its strings and builds its JSON in parallel. A request
// whose estimated answer (response-estimate.ts) is at least LARGE_ANSWER_BYTES waits for one of
// MAX_LARGE_AT_ONCE slots; small requests (nearly all of the explorer's) never wait. A request still
// waiting when its time is up answers QUERY_TIMEOUT.
import type { ExecutionResult } from "graphql";
import { clientError } from "../schema/errors.ts";

/**
 * Estimated characters from which an answer counts as large: fifteen article texts of typical size.
 * Above the explorer's largest query (the headline example, about 104,000) so that it never waits.
 */
export const LARGE_ANSWER_BYTES = 150_000;
/**
 * Large answers executed at the same time, server-wide. Measured (bench:hostile, load ~5): ten at once
 * of 8 aliases × 100 contexts peaked at 463 MB server RSS with two slots and 358 MB with one.
 */
export const MAX_LARGE_AT_ONCE = 1;

export interface Slots {
  /** Resolves to a release function, or to null when `deadline` passes first. */
  acquire(deadline: number): Promise<(() => void) | null>;
  readonly busy: number;
  readonly waiting: number;
}

export function slots(size: number): Slots {
  let busy = 0;
  const queue: Array<() => void> = [];
  const release = () => {
    const next = queue.shift();
    if (next) next();
    else busy--;
  };
  return {
    get busy() {
      return busy;
    },
    get waiting() {
      return queue.length;
    },
    acquire(deadline) {
      if (busy < size) {
        busy++;
        return Promise.resolve(once(release));
      }
      return new Promise((resolve) => {
        const grant = () => {
          clearTimeout(timer);
          resolve(once(release));
        };
        const timer = setTimeout(
          () => {
            const at = queue.indexOf(grant);
            if (at >= 0) queue.splice(at, 1);
            resolve(null);
          },
          Math.max(0, deadline - Date.now()),
        );
        queue.push(grant);
      });
    },
  };
}

function once(fn: () => void): () => void {
  let done = false;
  return () => {
    if (!done) {
      done = true;
      fn();
    }
  };
}

export function busyResult(): ExecutionResult {
  return {
    data: null,
    errors: [
      clientError(
        "QUERY_TIMEOUT",
        "The server was busy with other large answers until this query's time ran out; try again, or ask for fewer items or fields.",
      ),
    ],
  };
}
