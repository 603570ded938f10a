import { describe } from "vitest";
import { sloganRule } from "../../../../../src/ingest/attribute/rules/slogans.ts";
import { rows } from "./table.ts";

describe("rules: slogans", () => {
  rows(
    [
      {
        text: "Die Demonstranten hielten Plakate mit der Aufschrift „Rettet den Stadtwald“ hoch.",
        rule: "direct:slogan",
        kind: "DIRECT",
        speaker: "Die Demonstranten",
        content: "„Rettet den Stadtwald“",
      },
      {
        text: "Die Schüler trugen Schilder mit Sprüchen wie „Es gibt keinen Planeten B“ durch die Innenstadt.",
        rule: "direct:slogan",
        kind: "DIRECT",
        speaker: "Die Schüler",
        content: "„Es gibt keinen Planeten B“",
      },
      {
        text: "Die Bauern trugen Transparente mit dem Slogan „Ohne uns kein Brot“.",
        rule: "direct:slogan",
        kind: "DIRECT",
        speaker: "Die Bauern",
        content: "„Ohne uns kein Brot“",
      },
      {
        text: "Tausende Menschen zogen mit Parolen wie „Frieden jetzt sofort“ durch Leipzig.",
        rule: "direct:slogan",
        kind: "DIRECT",
        speaker: "Tausende Menschen",
        content: "„Frieden jetzt sofort“",
      },
    ],
    [sloganRule],
  );
});
