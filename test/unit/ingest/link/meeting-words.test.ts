import { describe, expect, it } from "vitest";
import { HERE_IN_ALL, MEETING_CUE, PARTICIPATION_CUE } from "../../../../src/ingest/german/meeting-words.ts";

describe("MEETING_CUE", () => {
  it.each([
    ["Die Ukraine-Gespräche in Miami gingen weiter.", true],
    ["Die Verhandlungen dauern an.", true],
    ["Sie verhandelten bis tief in die Nacht.", true],
    ["Das Gipfeltreffen in Berlin endete.", true],
    ["Witkoff traf Umerow in Miami.", true],
    ["Die Delegationen kamen am Sonntag in Berlin zusammen.", true],
    ["Die Unterhändler sind zusammengekommen.", true],
    ["Die Delegation ist hier in Berlin.", true],
    ["Die Beratungen wurden vertagt.", true],
    ["Das GESPRÄCH fand statt.", false],
    ["Sie kamen nach Berlin. Dort blieben sie zusammen.", false],
    ["Die Trafik ist geschlossen.", false],
    ["Putin lobte die Armee.", false],
  ])("%j → %s", (sentence, expected) => {
    expect(MEETING_CUE.test(sentence)).toBe(expected);
  });

  it("without 'hier in', a sentence that only said that is no cue", () => {
    const s = "Er sei hier in Berlin, sagte er.";
    expect(MEETING_CUE.test(s)).toBe(true);
    expect(MEETING_CUE.test(s.replace(HERE_IN_ALL, ""))).toBe(false);
    expect("hier in Genf und hier in Bern".replace(HERE_IN_ALL, "")).toBe(" Genf und  Bern");
  });
});

describe("PARTICIPATION_CUE", () => {
  it.each([
    ["An den Gesprächen hatten Witkoff und Kushner teilgenommen.", "teilgenommen"],
    ["Umerow nahm an den Gesprächen in Miami teil.", "nahm"],
    ["Dmitrijew kam zu den Gesprächen nach Miami.", "kam zu"],
    ["Die Delegationen trafen sich in Berlin.", "trafen"],
    ["Witkoff und Kushner treffen sich mit Selenskyj.", "treffen sich"],
    ["Die Unterhändler kamen am Sonntag in Berlin zusammen.", "kamen"],
    ["Der Sondergesandte ist nach Miami geflogen.", "geflogen"],
    ["Er sei hier  in Berlin.", "hier  in"],
  ])("%j: the verb at %j", (sentence, verb) => {
    const m = PARTICIPATION_CUE.exec(sentence);
    expect(m?.index).toBe(sentence.indexOf(verb));
  });

  it.each([
    "Über die Ergebnisse der Gespräche in Berlin wollen sie sprechen.",
    "Sie nahmen es hin. Teil zwei folgt.",
    "Die Gespräche kommen voran.",
    "Sie teilen die Sorge.",
  ])("%j names no participants", (sentence) => {
    expect(PARTICIPATION_CUE.test(sentence)).toBe(false);
  });
});
