import { describe, expect, it } from "vitest";
import {
  findDates,
  referenceOf,
  resolveWeekday,
  resolveWeekend,
  tenseOf,
} from "../../../../src/ingest/link/dates.ts";

const ranges = (sentence: string, publishedAt: string) =>
  findDates(sentence, referenceOf(publishedAt)).map((d) => [d.text, d.from, d.to]);

describe("referenceOf", () => {
  it("reads date and time of publishedAt and rejects what is not a date", () => {
    expect(referenceOf("2025-12-20T07:13")).toEqual({ date: "2025-12-20", time: "07:13" });
    expect(referenceOf("2025-12-21")).toEqual({ date: "2025-12-21", time: null });
    expect(referenceOf(null)).toBeNull();
    expect(referenceOf("Stand: gestern")).toBeNull();
  });
});

describe("weekends", () => {
  // 2026-03-07 is a Saturday
  it("is this weekend on a Saturday or Sunday", () => {
    expect(resolveWeekend("2026-03-07", null, null)).toEqual(["2026-03-07", "2026-03-08"]);
    expect(resolveWeekend("2026-03-08", "past", null)).toEqual(["2026-03-07", "2026-03-08"]);
  });
  it("is the coming weekend late in the week, the past one on Monday or in past tense", () => {
    expect(ranges("Die Minister beraten am Wochenende in Genf.", "2026-03-05")).toEqual([
      ["am Wochenende", "2026-03-07", "2026-03-08"],
    ]);
    expect(ranges("Am Wochenende hatten die Minister in Genf beraten.", "2026-03-11")).toEqual([
      ["Am Wochenende", "2026-03-07", "2026-03-08"],
    ]);
    expect(ranges("Am Wochenende kamen sie zusammen.", "2026-03-09")[0]?.slice(1)).toEqual([
      "2026-03-07",
      "2026-03-08",
    ]);
  });
  it("reads 'vergangenes', 'an diesem' and 'das gesamte Wochenende'", () => {
    expect(ranges("Vergangenes Wochenende war es ruhig.", "2026-03-08")[0]?.slice(1)).toEqual([
      "2026-02-28",
      "2026-03-01",
    ]);
    expect(ranges("Sie treffen sich an diesem Wochenende in Rom.", "2026-03-04")[0]?.slice(1)).toEqual([
      "2026-03-07",
      "2026-03-08",
    ]);
    expect(ranges("Die Runde sollte das gesamte Wochenende dauern.", "2026-03-08")[0]?.slice(1)).toEqual([
      "2026-03-07",
      "2026-03-08",
    ]);
  });
});

describe("weekdays", () => {
  it("resolves to the last occurrence by default and keeps listed days consecutive", () => {
    // 2026-03-12 is a Thursday
    expect(ranges("Am Sonntag und Montag hatte es in Genf Gespräche gegeben.", "2026-03-12")).toEqual([
      ["Am Sonntag und Montag", "2026-03-08", "2026-03-09"],
    ]);
    expect(ranges("Er sagte am Mittwoch, er sei zufrieden.", "2026-03-12")).toEqual([
      ["am Mittwoch", "2026-03-11", "2026-03-11"],
    ]);
  });
  it("reads 'vergangenen' as strictly before, even on the same weekday", () => {
    // 2026-03-15 is a Sunday
    expect(
      ranges("Die Gespräche am vergangenen Sonntag und Montag in Genf waren zäh.", "2026-03-15"),
    ).toEqual([["am vergangenen Sonntag und Montag", "2026-03-08", "2026-03-09"]]);
  });
  it("looks ahead in future tense and for 'kommenden'", () => {
    expect(ranges("Am Freitag soll das Treffen stattfinden.", "2026-03-11")[0]?.slice(1)).toEqual([
      "2026-03-13",
      "2026-03-13",
    ]);
    expect(resolveWeekday("2026-03-11", 3, "future", true)).toBe("2026-03-18");
    expect(ranges("Am kommenden Montag beginnt die Runde.", "2026-03-11")[0]?.slice(1)).toEqual([
      "2026-03-16",
      "2026-03-16",
    ]);
  });
});

describe("months, explicit dates and days", () => {
  it("finds words that begin with Ü: übermorgen, übers Wochenende", () => {
    // 2026-03-11 is a Wednesday
    expect(ranges("Übermorgen wollen die Minister in Oslo verhandeln.", "2026-03-11")).toEqual([
      ["Übermorgen", "2026-03-13", "2026-03-13"],
    ]);
    expect(ranges("Die Gespräche sollen übers Wochenende weitergehen.", "2026-03-11")[0]?.[0]).toBe(
      "übers Wochenende",
    );
  });
  it("puts a month in the past year unless the sentence looks ahead", () => {
    expect(ranges("Im November trafen sie sich im Kreml.", "2026-03-11")).toEqual([
      ["Im November", "2025-11", "2025-11"],
    ]);
    expect(ranges("Im Februar trafen sie sich.", "2026-03-11")[0]?.slice(1)).toEqual(["2026-02", "2026-02"]);
    expect(ranges("Im Mai soll es weitergehen.", "2026-03-11")[0]?.slice(1)).toEqual(["2026-05", "2026-05"]);
    expect(ranges("Im Juli 2024 war das anders.", "2026-03-11")[0]?.slice(1)).toEqual(["2024-07", "2024-07"]);
  });
  it("marks 'seit' as a starting point", () => {
    expect(findDates("Seit Juli gab es keine Gespräche.", referenceOf("2026-03-11"))[0]).toMatchObject({
      since: true,
    });
  });
  it("reads explicit dates without a reference", () => {
    expect(ranges("Am 14. Dezember 2025 und am 3.1.2026 wurde verhandelt.", "")).toEqual([
      ["14. Dezember 2025", "2025-12-14", "2025-12-14"],
      ["3.1.2026", "2026-01-03", "2026-01-03"],
    ]);
  });
  it("reads gestern/heute and 'am Abend' against the time the article was printed", () => {
    expect(ranges("Gestern lehnte er ab, heute nicht.", "2026-03-11")).toEqual([
      ["Gestern", "2026-03-10", "2026-03-10"],
      ["heute", "2026-03-11", "2026-03-11"],
    ]);
    expect(ranges("Am Abend endeten die Gespräche.", "2026-03-11T06:30")[0]?.slice(1)).toEqual([
      "2026-03-10",
      "2026-03-10",
    ]);
    expect(ranges("Am Abend endeten die Gespräche.", "2026-03-11T22:30")[0]?.slice(1)).toEqual([
      "2026-03-11",
      "2026-03-11",
    ]);
    expect(ranges("Am Morgen sprach er.", "2026-03-11")).toEqual([]);
  });
  it("offsets expressions by the sentence start", () => {
    const [d] = findDates("Er kam am Freitag.", referenceOf("2026-03-11"), 100);
    expect(d).toMatchObject({ start: 107, end: 117, text: "am Freitag" });
  });
  it("needs a reference for relative expressions", () => {
    expect(findDates("Am Wochenende und im Juli und am Freitag.", null)).toEqual([]);
  });
});

describe("tenseOf", () => {
  it("tells past from future by auxiliaries and adverbs", () => {
    expect(tenseOf("Die Delegationen hatten sich getroffen.")).toBe("past");
    expect(tenseOf("Die Delegationen werden sich treffen.")).toBe("future");
    expect(tenseOf("Die Delegationen treffen sich.")).toBeNull();
  });
});

describe("findDates: every kind of expression", () => {
  // 2025-12-20 is a Saturday; each sentence holds one kind, so none is found only thanks to another
  const ref = { date: "2025-12-20", time: "19:00" };
  const found = (s: string) => findDates(s, ref).map((d) => [d.text, d.from, d.to]);
  it("finds day-month, numeric dates, weekdays, weekends, months, relative days and evenings", () => {
    expect(found("Die Frist endet am 3. Januar 2026.")).toEqual([
      ["3. Januar 2026", "2026-01-03", "2026-01-03"],
    ]);
    expect(found("Unterzeichnet am 14.12.2025 in Berlin.")).toEqual([
      ["14.12.2025", "2025-12-14", "2025-12-14"],
    ]);
    expect(found("Sie trafen sich am Mittwoch.")).toEqual([["am Mittwoch", "2025-12-17", "2025-12-17"]]);
    expect(found("Er war am Sonnabend dort.")).toEqual([["am Sonnabend", "2025-12-20", "2025-12-20"]]);
    expect(found("Sie sprachen am Wochenende.")).toEqual([["am Wochenende", "2025-12-20", "2025-12-21"]]);
    expect(found("Das begann im Mai.")).toEqual([["im Mai", "2025-05", "2025-05"]]);
    expect(found("Das sagte sie gestern.")).toEqual([["gestern", "2025-12-19", "2025-12-19"]]);
    expect(found("Das sagte er am Abend.")).toEqual([["am Abend", "2025-12-20", "2025-12-20"]]);
    expect(found("Die Gespräche gingen ohne Ergebnis zu Ende.")).toEqual([]);
  });
});
