import { describe, expect, it } from "vitest";
import {
  cueBeforeRule,
  subordinateRule,
  wieXSagteRule,
} from "../../../../../src/ingest/attribute/rules/cue-before.ts";
import { rows, statementsOf } from "./table.ts";

describe("rules: the cue before the content", () => {
  rows(
    [
      {
        text: "Der Trainer sagte, die Mannschaft sei gut vorbereitet.",
        rule: "indirect:cue-before",
        kind: "INDIRECT",
        speaker: "Der Trainer",
        content: "die Mannschaft sei gut vorbereitet",
      },
      {
        text: "Die Ministerin kündigte an, dass die Förderung verlängert werde.",
        rule: "indirect:cue-before",
        kind: "INDIRECT",
        speaker: "Die Ministerin",
        content: "dass die Förderung verlängert werde",
      },
      {
        // a verb of stance with no object of its own: the content clause is the message
        text: "Der Betriebsrat warnte davor, die Kosten der Schließung zu unterschätzen.",
        rule: "indirect:cue-before",
        kind: "INDIRECT",
        speaker: "Der Betriebsrat",
        content: "die Kosten der Schließung zu unterschätzen",
      },
      {
        // a verb that may also take an object ("kritisierte den Plan") with Konjunktiv I after the comma:
        // the clause is what was said
        text: "Der Abgeordnete Paul Haas kritisierte, die Kommission habe sich den Konzernen untergeordnet.",
        rule: "indirect:cue-before",
        kind: "INDIRECT",
        speaker: "Der Abgeordnete Paul Haas",
        content: "die Kommission habe sich den Konzernen untergeordnet",
      },
      {
        // an object noun that asks for something leaves the ob-clause as what was said
        text: "Die Kanzlerin forderte von der Regierung Aufklärung darüber, ob die Abstimmung korrekt verlief.",
        rule: "indirect:cue-before",
        kind: "INDIRECT",
        speaker: "Die Kanzlerin",
        content: "ob die Abstimmung korrekt verlief",
      },
      {
        // a noun of feeling is part of what was said: the whole sentence
        text: "Die Gewerkschaft äußerte Zweifel daran, dass die Stellen erhalten bleiben.",
        rule: "indirect:cue-before",
        kind: "INDIRECT",
        speaker: "Die Gewerkschaft",
        content: "Die Gewerkschaft äußerte Zweifel daran, dass die Stellen erhalten bleiben",
      },
      {
        // the apposition of the subject is not the content
        text: "Der Direktor des Museums, Karl Weiß, erklärte, die Ausstellung werde verlängert.",
        rule: "indirect:cue-before",
        kind: "INDIRECT",
        speaker: "Der Direktor des Museums, Karl Weiß",
        content: "die Ausstellung werde verlängert",
      },
      {
        // a second verb of saying coordinated with the first clause has the content
        text: "Der Verein bestätigte die Trennung, teilte aber mit, dass der Spieler noch bis Juni bleibe.",
        rule: "indirect:cue-before",
        kind: "INDIRECT",
        speaker: "Der Verein",
        content: "dass der Spieler noch bis Juni bleibe",
      },
      {
        text: "Wie die Feuerwehr mitteilte, wurde niemand verletzt.",
        rule: "indirect:wie-x-sagte",
        kind: "INDIRECT",
        speaker: "die Feuerwehr",
        content: "wurde niemand verletzt",
      },
      {
        // the verb-final perfect: the auxiliary after the participle
        text: "Wie der Verband in der Nacht bekanntgegeben hat, wird das Turnier nicht in Bonn stattfinden.",
        rule: "indirect:wie-x-sagte",
        kind: "INDIRECT",
        speaker: "der Verband",
        content: "wird das Turnier nicht in Bonn stattfinden",
      },
      {
        text: "Gehört wurde auch ein Zeuge, der angegeben hatte, den Wagen gesehen zu haben.",
        rule: "indirect:relative",
        kind: "INDIRECT",
        speaker: "ein Zeuge",
        content: "den Wagen gesehen zu haben",
      },
      {
        text: "Während der Kapitän erklärte, das Schiff sei sicher, liefen die Passagiere zu den Booten.",
        rule: "indirect:subordinate",
        kind: "INDIRECT",
        speaker: "der Kapitän",
        content: "das Schiff sei sicher",
      },
      {
        text: "Verletzt wurde auch ein Radfahrer, der angab, von einem Stein getroffen worden zu sein.",
        rule: "indirect:relative",
        kind: "INDIRECT",
        // the relative pronoun is the subject of "angab"; the antecedent names the speaker
        speaker: "der",
        content: "von einem Stein getroffen worden zu sein",
      },
      {
        // a reported speech act in a relative clause: its words are the zu-clause after it
        text: "Anwesend war auch der frühere Minister Max Kern, der der Regierung vorwarf, die Bauern im Stich zu lassen.",
        rule: "indirect:relative",
        kind: "INDIRECT",
        speaker: "der",
        content: "die Bauern im Stich zu lassen",
      },
      {
        // "und" before an indicative verb: the subject's second predicate ends the Konjunktiv content
        text: "Der Landrat sagte, die Brücke müsse sofort gesperrt werden, und verwies auf ein neues Gutachten.",
        rule: "indirect:cue-before",
        kind: "INDIRECT",
        speaker: "Der Landrat",
        content: "die Brücke müsse sofort gesperrt werden",
      },
      {
        // "und" before a clause of the narrator with a subject of its own and its verb in the indicative
        text: "Der Landrat Max Kern kritisierte, die Behörde habe versagt und die Fraktion der Grünen im Kreistag forderte einen Untersuchungsausschuss.",
        rule: "indirect:cue-before",
        kind: "INDIRECT",
        speaker: "Der Landrat Max Kern",
        content: "die Behörde habe versagt",
      },
      {
        text: "Die Trainerin kündigte an, im Sommer aufhören zu wollen und dankte den Fans.",
        rule: "indirect:cue-before",
        kind: "INDIRECT",
        speaker: "Die Trainerin",
        content: "im Sommer aufhören zu wollen",
      },
      {
        // content in the indicative: "und" joins the content's own verbs
        text: "Der Händler sagte, die Preise stiegen und fielen jede Woche.",
        rule: "indirect:cue-before",
        kind: "INDIRECT",
        speaker: "Der Händler",
        content: "die Preise stiegen und fielen jede Woche",
      },
      {
        // verbs of finding and reckoning take a content clause like verbs of saying
        text: "Die Geologen der Universität Kiel fanden heraus, dass der Hang seit Jahren rutscht.",
        rule: "indirect:cue-before",
        kind: "INDIRECT",
        speaker: "Die Geologen der Universität Kiel",
        content: "dass der Hang seit Jahren rutscht",
      },
      {
        text: "Der Mieterbund errechnete, dass die Nebenkosten um ein Fünftel steigen.",
        rule: "indirect:cue-before",
        kind: "INDIRECT",
        speaker: "Der Mieterbund",
        content: "dass die Nebenkosten um ein Fünftel steigen",
      },
      {
        // a conviction with its content clause
        text: "Die Bürgermeisterin Nina Graf ist überzeugt, dass der Tunnel 2030 fertig wird.",
        rule: "indirect:cue-before",
        kind: "INDIRECT",
        speaker: "Die Bürgermeisterin Nina Graf",
        content: "dass der Tunnel 2030 fertig wird",
      },
      {
        text: "Der Verteidiger war sich sicher, dass das Gericht die Aussage verwirft.",
        rule: "indirect:cue-before",
        kind: "INDIRECT",
        speaker: "Der Verteidiger",
        content: "dass das Gericht die Aussage verwirft",
      },
      {
        // the passive's agent before its auxiliary names the speaker
        text: "Von der Wasserwacht wird vermutet, dass der Schwimmer einen Krampf hatte.",
        rule: "indirect:cue-before",
        kind: "INDIRECT",
        speaker: "der Wasserwacht",
        content: "dass der Schwimmer einen Krampf hatte",
      },
      {
        // the participle of a particle verb written as two words
        text: "Die Reederei hat am Montag bekannt gegeben, dass die Fähre wieder fährt.",
        rule: "indirect:cue-before",
        kind: "INDIRECT",
        speaker: "Die Reederei",
        content: "dass die Fähre wieder fährt",
      },
      {
        // the particle closes the clause behind the subject's apposition, the content clause follows
        text: "Nun gab die Sprecherin der Feuerwehr, Lea Brandt, bekannt, dass niemand verletzt wurde.",
        rule: "indirect:cue-before",
        kind: "INDIRECT",
        speaker: "die Sprecherin der Feuerwehr, Lea Brandt",
        content: "dass niemand verletzt wurde",
      },
      {
        // a short parenthesis between dashes before the verb belongs to the main clause
        text: "Im Gespräch mit dem Sender – es dauerte kaum zehn Minuten – sagte die Ärztin, die Lage sei ernst.",
        rule: "indirect:cue-before",
        kind: "INDIRECT",
        speaker: "die Ärztin",
        content: "die Lage sei ernst",
      },
      {
        // court reports: the finding of the court
        text: "Die Kammer sah es als erwiesen an, dass der Kassierer Geld abgezweigt hatte.",
        rule: "indirect:cue-before",
        kind: "INDIRECT",
        speaker: "Die Kammer",
        content: "dass der Kassierer Geld abgezweigt hatte",
      },
      {
        text: "Der Verband legt großen Wert darauf, dass die Löhne steigen.",
        rule: "indirect:cue-before",
        kind: "INDIRECT",
        speaker: "Der Verband",
        content: "dass die Löhne steigen",
      },
      {
        text: "Die Stadtwerke riefen die Bürger dazu auf, sparsam mit Wasser umzugehen.",
        rule: "indirect:cue-before",
        kind: "INDIRECT",
        speaker: "Die Stadtwerke",
        content: "sparsam mit Wasser umzugehen",
      },
      {
        // a passive with its agent: the agent speaks
        text: "Die Anwohner wurden von der Feuerwehr angewiesen, Fenster und Türen zu schließen.",
        rule: "indirect:cue-before",
        kind: "INDIRECT",
        speaker: "der Feuerwehr",
        content: "Fenster und Türen zu schließen",
      },
      {
        text: "Der Pilot erwähnte auch, dass er den Turm zweimal gerufen habe.",
        rule: "indirect:cue-before",
        kind: "INDIRECT",
        speaker: "Der Pilot",
        content: "dass er den Turm zweimal gerufen habe",
      },
    ],
    [cueBeforeRule, wieXSagteRule, subordinateRule],
  );
  it.each([
    "Sicher ist, dass der Zug am Abend kommt.",
    "Es ist sicher, dass der Zug am Abend kommt.",
    // "von" as the object of "sprechen", not an agent
    "Von grober Täuschung wird gesprochen, dass die Firma ihre Kunden belogen habe.",
    // "angewiesen sein auf" is a state, "drängen" without a content clause no speech
    "Das Land ist auf Hilfe angewiesen, um den Winter zu überstehen.",
    "Die Fans drängten sich in die Halle, um besser zu sehen.",
    // "legen", "ansehen" and "aufstellen" in their other senses
    "Die Arbeiter legten die Werkzeuge nieder, dass es krachte.",
    "Die Firma stellte neue Regeln auf, dass alle pünktlich kommen.",
    // "gegeben" without its particle is no speech act
    "Die Stadt hat viel Geld gegeben, dass der Platz schöner wird.",
  ])("no speaker named: %s", (text) => {
    expect(statementsOf(text)).toEqual([]);
  });
});

describe("a second speech act in the sentence of a frame, with words of its own", () => {
  const said = (text: string) =>
    statementsOf(text).map((s) => ({ kind: s.kind, speaker: s.speaker.mention?.text, text: s.text }));

  it.each([
    [
      "Die Abgeordnete Anna Roth erklärte, der Plan sei ein Fehler, und kündigte an, im Herbst gegen den Minister anzutreten.",
      [
        { kind: "INDIRECT", speaker: "Die Abgeordnete Anna Roth", text: "der Plan sei ein Fehler" },
        {
          kind: "INDIRECT",
          speaker: "Die Abgeordnete Anna Roth",
          text: "im Herbst gegen den Minister anzutreten",
        },
      ],
    ],
    [
      // the colon frame takes the quotation; the clause after the first verb is the same speaker's too
      "Der Trainer Paul Haas sagte, die Mannschaft brauche Ruhe, und fügte hinzu: „Wir schaffen das.“",
      [
        { kind: "DIRECT", speaker: "Der Trainer Paul Haas", text: "„Wir schaffen das.“" },
        { kind: "INDIRECT", speaker: "Der Trainer Paul Haas", text: "die Mannschaft brauche Ruhe" },
      ],
    ],
  ])("%s", (text, expected) => {
    expect(said(text)).toEqual(expected);
  });

  it("reads one statement where the second verb stands inside the content", () => {
    expect(said("Der Minister Karl Weiß sagte, die Opposition behaupte, die Lage sei ernst.")).toHaveLength(
      1,
    );
  });
});

describe("wie-x-sagte with a web address as the source", () => {
  it("reads the content after the comma", () => {
    const s = statementsOf(
      "Wie t-online.de berichtet, ist der neue Fahrplan seit Montag im Internet abrufbar.",
    );
    expect(s.map((x) => [x.rule, x.text])).toEqual([
      ["indirect:wie-x-sagte", "ist der neue Fahrplan seit Montag im Internet abrufbar"],
    ]);
  });
});
