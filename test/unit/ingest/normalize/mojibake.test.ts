import { describe, expect, it } from "vitest";
import { repairMojibake } from "../../../../src/ingest/normalize/mojibake.ts";

describe("repairMojibake", () => {
  it("repairs UTF-8 read as windows-1252", () => {
    const r = repairMojibake("GesprÃ¤che Ã¼ber GrÃ¶ÃŸe, â€žZitatâ€œ â€“ Ende");
    expect(r.text).toBe("Gespräche über Größe, „Zitat“ – Ende");
    expect(r.codePage).toBe("windows-1252");
  });

  it("repairs UTF-8 read as windows-1250", () => {
    const r = repairMojibake("GesprĂ¤che ĂĽber die GrĂ¶Ăźe â€žZitatâ€ś â€“ Ende");
    expect(r.text).toBe("Gespräche über die Größe „Zitat“ – Ende");
    expect(r.codePage).toBe("windows-1250");
  });

  it("repairs UTF-8 read as ISO-8859-16 (GesprĂ€che)", () => {
    const r = repairMojibake("Die GesprĂ€che in KĂ¶ln");
    expect(r.text).toBe("Die Gespräche in Köln");
    expect(r.codePage).toBe("iso-8859-16");
  });

  it("leaves correct German text alone, including pairs that look like mojibake bytes", () => {
    for (const s of [
      "Mit freundlichem „Gruß“ aus Köln",
      "Die «Straße» ist gesperrt",
      "ÖVP und SPÖ – Größe, Maß",
      "Ärger über Übel",
    ]) {
      expect(repairMojibake(s)).toEqual({ text: s, codePage: null, repaired: 0 });
    }
  });
});
