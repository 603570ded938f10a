import { describe, expect, it } from "vitest";
import { memberAffiliations } from "../../../../src/ingest/recognize/members.ts";
import { contextAfter } from "./steps.ts";

const members = (text: string) => {
  const ctx = contextAfter(text, "discover");
  memberAffiliations(ctx);
  return [...ctx.affiliations].flatMap(([id, list]) =>
    list.map((a) => [id, a.organizationId, ctx.discoveredOrgs.get(a.organizationId)?.name ?? null, a.rule]),
  );
};

describe("recognize/members: a body named by 'von der'/'vom' behind a name", () => {
  it.each([
    [
      "a compound body after 'vom'",
      "Das sei falsch, sagte Wiebke Sander vom Mieterbündnis.",
      [["wiebke-sander", "mieterbuendnis", "Mieterbündnis", "member-of-body"]],
    ],
    [
      "a bare head with the name after it",
      "Das sei falsch, sagte Wiebke Sander von der Konferenz Bremischer Schulen.",
      [["wiebke-sander", "konferenz-bremischer-schulen", "Konferenz Bremischer Schulen", "member-of-body"]],
    ],
    [
      "a name linked by 'gegen'",
      "Es sprach Ole Brandt vom Aktionsbündnis gegen Fluglärm zuerst.",
      [["ole-brandt", "aktionsbuendnis-gegen-fluglaerm", "Aktionsbündnis gegen Fluglärm", "member-of-body"]],
    ],
    ["no body in a place", "Es sprach Ole Brandt von der Küste.", []],
    ["no body in a bare head", "Es sprach Ole Brandt vom Verband.", []],
  ])("reads %s", (_, text, expected) => {
    expect(members(text)).toEqual(expected);
  });
});

describe("recognize/members: the person named before such a body", () => {
  it.each([
    ["a given name the lexicon lacks", "Es sprach Swantje Oltmanns vom Mieterbündnis.", ["swantje-oltmanns"]],
    ["no person before a place", "Es sprach Swantje Oltmanns von der Küste.", []],
  ])("discovers %s", (_, text, expected) => {
    const ctx = contextAfter(text, "discover");
    expect([...ctx.discovered.keys()]).toEqual(expected);
  });
});
