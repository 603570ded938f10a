import { describe, expect, it } from "vitest";
import {
  isBoilerplate,
  isCredit,
  withoutTrailingCredit,
} from "../../../../src/ingest/normalize/boilerplate.ts";

describe("boilerplate lines", () => {
  it.each([
    ["Zur Startseite", true],
    ["Aktuelle Seite: Politik", true],
    ["Politik > Ausland > Ukraine", true],
    ["showPaywall:", true],
    ["console.debug({ a: 1 })", true],
    ["An dieser Stelle finden Sie einen externen Inhalt, dem Sie zustimmen müssen.", true],
    ["Lesen Sie auch: Putin droht dem Westen", true],
    ["Die Unterhändler trafen sich in Miami.", false],
    ["Startseite der Gespräche", false],
  ])("%j → %s", (line, expected) => {
    expect(isBoilerplate(line)).toBe(expected);
  });

  it.each([
    ["© Michael Kappeler/dpa", true],
    ["Foto: Michael Kappeler", true],
    ["APA/APA/AFP/POOL/KRISTINA KORMILITSYNA", true],
    ["CDU/CSU", false],
    ["Die CDU/CSU stimmte zu.", false],
  ])("credit %j → %s", (line, expected) => {
    expect(isCredit(line)).toBe(expected);
  });

  it("cuts a photo credit closing a caption", () => {
    expect(withoutTrailingCredit("Putin traf Witkoff. © AFP")).toBe("Putin traf Witkoff.");
    expect(withoutTrailingCredit("Ein Bild (Foto: dpa)")).toBe("Ein Bild");
    expect(withoutTrailingCredit("Die (c)-Frage bleibt.")).toBe("Die (c)-Frage bleibt.");
  });
});
