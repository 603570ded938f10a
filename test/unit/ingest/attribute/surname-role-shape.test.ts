// A surname shaped like a role noun ("Weidmann", "Zimmermann": compounds on -mann) after a speech verb,
// through the real front end and recognizer: with no article it is the person the recognizer found under
// that name, as is the full name ("Jonas Zimmermann hat … gewarnt").
import { describe, expect, it } from "vitest";
import { attribute } from "../../../../src/ingest/attribute/attribute.ts";
import { prepareArticle } from "../../../../src/ingest/pipeline.ts";
import { recognize } from "../../../../src/ingest/recognize/recognize.ts";
import type { Statement } from "../../../../src/ingest/types.ts";

function run(text: string): Statement[] {
  const doc = prepareArticle({ file: "t.txt", format: "txt", meta: {}, text });
  return attribute(doc, recognize(doc));
}

const containing = (out: Statement[], words: string) => out.find((s) => s.text.includes(words));

describe("attribute: a surname on -mann after the speech verb", () => {
  it.each([
    ["Weidmann", "Lena Weidmann"],
    ["Zimmermann", "Jonas Zimmermann"],
  ])("„…, sagte %s.“ is the person introduced with that surname", (surname, full) => {
    const out = run(
      `Kassel (dpa) - ${full} hat am Montag vor hohen Kosten gewarnt. ` +
        `Die Preise stiegen weiter, sagte ${surname} am Abend.`,
    );
    const s = containing(out, "Die Preise stiegen");
    expect(s?.speaker?.name).toBe(full);
    expect(s?.speaker?.id).toBe(full.toLowerCase().replace(" ", "-"));
  });

  it("the full name on -mann as the subject of a speech act is the recognized person", () => {
    const out = run("Kassel (dpa) - Jonas Zimmermann hat am Montag vor hohen Kosten gewarnt.");
    expect(containing(out, "Jonas Zimmermann hat")?.speaker?.id).toBe("jonas-zimmermann");
  });
});
