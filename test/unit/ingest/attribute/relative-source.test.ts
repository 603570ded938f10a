import { describe, expect, it } from "vitest";
import { statementsOf } from "./rules/table.ts";

// A relative clause that names its own source ("Studien, nach denen …", "Befunde, wonach …"): the phrase it
// hangs on is the source of its words, the relative word the mention (frame-speaker.ts).
describe("attribute: the source of a relative clause opened by wonach / nach denen / denen zufolge", () => {
  it.each([
    [
      "Der Verbandschef verwies auf Gutachten der Universität Tübingen, nach denen die Therapie wirksam sei.",
      "die Therapie wirksam",
      "denen",
      // the university the reports are of names the source
      "Tübingen",
    ],
    [
      "Das Landesamt bestätigte die Befunde des Veterinäramts Kempten, wonach zwölf Kühe erkrankt sind.",
      "zwölf Kühe",
      "wonach",
      "Befunde",
    ],
    [
      "Die Abgeordnete Vera Holm bezweifelte die Vereinbarkeit mit den Regeln der Kammer, denen zufolge jeder Antrag zu prüfen sei.",
      "jeder Antrag",
      "denen",
      "Regeln",
    ],
  ])("%s", (text, content, mention, name) => {
    const s = statementsOf(text).find((x) => x.text.includes(content));
    expect([s?.speaker.mention?.text, s?.speaker.name?.split(" ")[0]]).toEqual([mention, name]);
  });

  it("reads the medium's quoted title after its noun as the phrase the clause hangs on", () => {
    const s = statementsOf(
      "Der Sender zitierte aus der Zeitung „Nordkurier“, wonach der Bürgermeister zurücktreten wolle.",
    ).find((x) => x.text.includes("zurücktreten"));
    expect([s?.speaker.name, s?.speaker.type]).toEqual(["Nordkurier", "ORGANIZATION"]);
  });

  it("keeps the subject when the clause after the comma is an ordinary content clause", () => {
    const s = statementsOf("Die Ärztin Vera Holm sagte, dass die Therapie wirksam sei.").find((x) =>
      x.text.includes("wirksam"),
    );
    expect(s?.speaker.name).toBe("Vera Holm");
  });
});

// "nach eigenen Angaben": the subject says who speaks; the possessive phrase is where the statement names its
// source, as "seinen" is in "nach seinen Angaben" (frame-speaker.ts).
describe("attribute: nach eigenen Angaben", () => {
  it.each([
    ["Die Bergwacht hat nach eigenen Angaben drei Wanderer gerettet.", "Bergwacht"],
    ["Nach eigenen Angaben hat der Verein neue Mitglieder gewonnen.", "Verein"],
  ])("%s", (text, name) => {
    const s = statementsOf(text)[0];
    expect([s?.rule, s?.speaker.name, s?.speaker.mention?.text]).toEqual([
      "reported:eigene-angaben",
      name,
      "eigenen Angaben",
    ]);
  });
});
