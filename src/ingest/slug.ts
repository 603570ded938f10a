const FOLD: Record<string, string> = {
  ä: "ae",
  ö: "oe",
  ü: "ue",
  ß: "ss",
  ø: "oe",
  æ: "ae",
  å: "aa",
  // letters NFKD does not decompose (Władysław, Đoković, Işık)
  ł: "l",
  đ: "d",
  ı: "i",
};

/** Entity ids are slugs of the canonical name: "Weißes Haus" → "weisses-haus", "Jonas Gahr Støre" → "jonas-gahr-stoere". */
export function slug(name: string): string {
  return name
    .toLowerCase()
    .replace(/[äöüßøæåłđı]/g, (c) => FOLD[c] ?? c)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
