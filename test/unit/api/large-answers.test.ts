import { describe, expect, it } from "vitest";
import { busyResult, slots } from "../../../src/http/large-answers.ts";

describe("slots for large answers", () => {
  it("admits `size` at once, queues the rest in order, and hands a released slot to the next", async () => {
    const s = slots(2);
    const far = Date.now() + 60_000;
    const a = await s.acquire(far);
    const b = await s.acquire(far);
    expect([s.busy, s.waiting]).toEqual([2, 0]);
    const order: string[] = [];
    const c = s.acquire(far).then((r) => {
      order.push("c");
      return r;
    });
    const d = s.acquire(far).then((r) => {
      order.push("d");
      return r;
    });
    expect(s.waiting).toBe(2);
    a!();
    a!(); // a second release of the same slot changes nothing
    const releaseC = await c;
    expect(order).toEqual(["c"]);
    expect([s.busy, s.waiting]).toEqual([2, 1]);
    b!();
    const releaseD = await d;
    expect(order).toEqual(["c", "d"]);
    releaseC!();
    releaseD!();
    expect([s.busy, s.waiting]).toEqual([0, 0]);
  });

  it("a request whose time is up while it waits gets no slot and leaves the queue", async () => {
    const s = slots(1);
    const held = await s.acquire(Date.now() + 60_000);
    expect(await s.acquire(Date.now() - 1)).toBeNull();
    expect(s.waiting).toBe(0);
    held!();
    expect(s.busy).toBe(0);
  });

  it("the answer for a request that never got a slot is QUERY_TIMEOUT", () => {
    const result = busyResult();
    expect(result.data).toBeNull();
    expect(result.errors?.[0]?.extensions?.code).toBe("QUERY_TIMEOUT");
  });
});
