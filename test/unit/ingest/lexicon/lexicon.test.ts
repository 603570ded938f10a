import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { lexicon, loadLexicon } from "../../../../src/ingest/lexicon/lexicon.ts";
import { LexiconError } from "../../../../src/ingest/lexicon/validate.ts";
import { tempDir } from "../../../temp-dir.ts";

describe("lexicon (data/lexicon)", () => {
  const lex = lexicon();

  it("is loaded once per process", () => {
    expect(lexicon()).toBe(lex);
  });

  it("knows the negotiators with their curated roles", () => {
    const d = lex.people.get("kirill-dmitrijew")!;
    expect(d.roles).toContainEqual({
      role: "Unterhändler",
      roleKind: "NEGOTIATOR",
      organizationId: "russland",
    });
    expect(d.roles.some((r) => r.roleKind === "ADVISOR" && r.organizationId === "kreml")).toBe(true);
    for (const id of ["steve-witkoff", "jared-kushner", "rustem-umerow"])
      expect(lex.people.get(id)!.roles.some((r) => r.roleKind === "NEGOTIATOR")).toBe(true);
  });

  it("indexes transliterations, surnames and genitives under the same person", () => {
    const ids = (w: string) => (lex.names.get(w) ?? []).map((f) => f.entityId);
    expect(ids("Pekow")).toContain("dmitri-peskow");
    expect(ids("Peskows")).toContain("dmitri-peskow");
    expect(ids("Dmitry")).toContain("dmitri-peskow");
    expect(ids("Steven")).toContain("steve-witkoff");
    expect(ids("Selenskyjs")).toContain("wolodymyr-selenskyj");
    expect(ids("Zelensky")).toContain("wolodymyr-selenskyj");
    expect(ids("Umerov")).toContain("rustem-umerow");
  });

  it("maps nationality adjectives in every ending and compound prefixes to countries", () => {
    for (const form of ["russisch", "russische", "russischen", "russischer", "russisches", "russischem"])
      expect(lex.adjectives.get(form)).toBe("russland");
    expect(lex.adjectives.get("ukrainischem")).toBe("ukraine");
    expect(lex.prefixes.get("us")).toEqual({ id: "usa", type: "ORGANIZATION" });
    expect(lex.prefixes.get("kreml")).toEqual({ id: "kreml", type: "ORGANIZATION" });
    expect(lex.prefixes.get("nato")).toEqual({ id: "nato", type: "ORGANIZATION" });
  });

  it("declines role nouns, adjectival ones like an adjective", () => {
    for (const f of ["sondergesandter", "sondergesandte", "sondergesandten", "sondergesandtem"])
      expect(lex.roleForms.get(f)?.roleKind).toBe("NEGOTIATOR");
    expect(lex.roleForms.get("präsidentin")?.roleKind).toBe("HEAD_OF_STATE");
    expect(lex.roleForms.get("kremlsprecher")).toMatchObject({
      roleKind: "SPOKESPERSON",
      organizationId: "kreml",
    });
  });

  it("chains places up to their country and ties bodies to countries", () => {
    expect(lex.places.get("miami")?.locatedIn).toBe("florida");
    expect(lex.places.get("florida")?.locatedIn).toBe("usa");
    expect(lex.organizations.get("kreml")?.countryId).toBe("russland");
    expect(lex.organizations.get("weisses-haus")?.countryId).toBe("usa");
    expect(lex.organizations.get("russland")?.kind).toBe("COUNTRY");
  });
});

describe("lexicon validation", () => {
  const base = lexicon().dir;
  function withFile(name: string, content: string): string {
    const dir = tempDir("lexicon-");
    for (const f of fs.readdirSync(base)) fs.copyFileSync(path.join(base, f), path.join(dir, f));
    fs.writeFileSync(path.join(dir, name), content);
    return dir;
  }

  it("names file, entry and field of an unknown roleKind", () => {
    const dir = withFile("roles.yaml", "- { noun: Unterhändler, roleKind: NEGOTIATER }\n");
    expect(() => loadLexicon(dir)).toThrow(LexiconError);
    expect(() => loadLexicon(dir)).toThrow(
      /roles\.yaml: entry 1, field "roleKind": "NEGOTIATER" is not one of/,
    );
  });

  it("rejects a reference to an organization that does not exist", () => {
    const dir = withFile(
      "people.yaml",
      "- name: Erika Beispiel\n  roles:\n    - { role: Sprecherin, roleKind: SPOKESPERSON, organization: Atlantis }\n",
    );
    expect(() => loadLexicon(dir)).toThrow(
      /people\.yaml: entry 1 \(Erika Beispiel\), roles\[0\], field "organization": "Atlantis" names no known organization/,
    );
  });

  it("rejects invalid YAML, unknown fields and duplicate ids", () => {
    expect(() => loadLexicon(withFile("topics.yaml", "- { name: [unclosed\n"))).toThrow(
      /topics\.yaml: file: is not valid YAML/,
    );
    expect(() =>
      loadLexicon(withFile("places.yaml", "- { name: Ort, kind: CITY, lage: nirgends }\n")),
    ).toThrow(/places\.yaml: entry 1 \(Ort\), field "lage": unknown field/);
    expect(() => loadLexicon(withFile("places.yaml", "- { name: Russland, kind: CITY }\n"))).toThrow(
      /id "russland" is already taken by another entry \(organization\)/,
    );
  });

  it("names a missing file", () => {
    const dir = withFile("topics.yaml", "");
    fs.rmSync(path.join(dir, "roles.yaml"));
    expect(() => loadLexicon(dir)).toThrow(/roles\.yaml: file: cannot be read/);
  });
});

describe("lexicon validation of nouns.yaml", () => {
  const base = lexicon().dir;
  function withNouns(content: string): string {
    const dir = tempDir("lexicon-");
    for (const f of fs.readdirSync(base)) fs.copyFileSync(path.join(base, f), path.join(dir, f));
    fs.writeFileSync(path.join(dir, "nouns.yaml"), content);
    return dir;
  }
  const lists =
    "sideHeads: [Seite]\ninstitutionHeads: [gericht]\nmediaNouns: [Sender]\nnotRoles: [Lautsprecher]\n";

  it.each([
    ["a list", "- Seite\n", /nouns\.yaml: file: must be a mapping of lists/],
    ["known fields", `${lists}heads: [Kopf]\n`, /nouns\.yaml: field "heads": unknown field/],
    ["every list", "sideHeads: [Seite]\n", /nouns\.yaml: field "institutionHeads": must be a list of nouns/],
    [
      "non-empty nouns",
      lists.replace("[Seite]", '[Seite, ""]'),
      /nouns\.yaml: field "sideHeads": must be a list of nouns/,
    ],
    [
      "institution heads in lower-case letters",
      lists.replace("[gericht]", "[Gericht]"),
      /field "institutionHeads": "Gericht" must be lower-case letters only/,
    ],
    [
      "body heads in lower-case letters",
      `${lists}bodyHeads: [Verband]\n`,
      /field "bodyHeads": "Verband" must be lower-case letters only/,
    ],
  ])("rejects what is not %s", (_, content, message) => {
    expect(() => loadLexicon(withNouns(content))).toThrow(message);
  });

  it("reads the lists it checks", () => {
    const lex = loadLexicon(withNouns(lists));
    expect([...lex.sideHeads]).toEqual(["Seite"]);
    expect([...lex.notRoles]).toEqual(["lautsprecher"]);
  });
});
