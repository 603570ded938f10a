import { describe, expect, it } from "vitest";
import { contextAfter, mentions } from "./steps.ts";

describe("recognize/match-lexicon: names, sides, topics and compound parts from the lexicon", () => {
  it.each([
    [
      "a name and its genitive",
      "Merz las Selenskyjs Brief.",
      [
        ["Merz", "friedrich-merz", "lexicon"],
        ["Selenskyjs", "wolodymyr-selenskyj", "lexicon-inflected"],
      ],
    ],
    [
      "the longest name at a word",
      "Friedrich Merz kam spät.",
      [["Friedrich Merz", "friedrich-merz", "lexicon"]],
    ],
    [
      "an adjective with a side head",
      "Die französische Seite lehnte ab.",
      [["französische Seite", "frankreich", "lexicon-adjective+side"]],
    ],
    [
      "a topic in an inflected form",
      "Der Streit um die Waffenruhe hielt an.",
      [["Waffenruhe", "waffenstillstand", "lexicon"]],
    ],
    [
      "the body in a compound's first part",
      "Die Nato-Staaten schwiegen.",
      [["Nato", "nato", "lexicon-compound"]],
    ],
    ["nothing inside a credit", "Es regnete.\nFoto: Friedrich Merz", []],
  ])("finds %s", (_, text, expected) => {
    expect(mentions(contextAfter(text, "roles"))).toEqual(expected);
  });
});
