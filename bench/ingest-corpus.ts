// Generates distinct articles from the sample corpus for the ingest benchmark and the resume test:
// variant k of an article names other people (given names the recognizer knows, generated surnames),
// other cities (from the lexicon) and other dates (every date shifted by the same number of days), so
// that no two variants share a headline, a text or a content hash and the graph grows as an archive's
// does: new people and places with every article, the lexicon's countries and bodies shared by all.
import fs from "node:fs";
import path from "node:path";
import { tryExtractArticle } from "../src/ingest/pipeline.ts";
import { isInputError, readInputs } from "../src/ingest/read/read.ts";
import { SAMPLE_CORPUS_DIR } from "../src/ingest/sample-corpus.ts";
import type { Extraction } from "../src/ingest/types.ts";

const GIVEN = [
  "Anna",
  "Boris",
  "Claudia",
  "Daniel",
  "Elena",
  "Frank",
  "Greta",
  "Hans",
  "Irina",
  "Jan",
  "Katrin",
  "Lukas",
  "Maria",
  "Nikolai",
  "Olga",
  "Peter",
  "Ruth",
  "Stefan",
  "Tanja",
  "Viktor",
  "Walter",
  "Yvonne",
];
const STEM = [
  "Berg",
  "Brand",
  "Eck",
  "Falk",
  "Grün",
  "Hof",
  "Kamp",
  "Lind",
  "Mohr",
  "Nord",
  "Ost",
  "Rau",
  "Sand",
  "Stein",
  "Wald",
  "Weiß",
  "Wolf",
  "Zell",
  "Horn",
  "Lang",
];
const END = ["mann", "er", "hardt", "ow", "enko", "inger", "bach", "ke", "ner", "berg", "feld", "meier"];
const CITIES = [
  "Miami",
  "Palm Beach",
  "Anchorage",
  "Washington",
  "New York",
  "Genf",
  "Davos",
  "Berlin",
  "München",
  "Hamburg",
  "Frankfurt",
  "Moskau",
  "Kiew",
  "Odessa",
  "Charkiw",
  "Lwiw",
  "Dnipro",
  "Istanbul",
  "Ankara",
  "Brüssel",
  "Paris",
  "London",
  "Rom",
  "Warschau",
  "Wien",
  "Oslo",
  "Helsinki",
  "Budapest",
  "Peking",
  "Riad",
  "Doha",
  "Dubai",
];
const MONTHS = [
  "Januar",
  "Februar",
  "März",
  "April",
  "Mai",
  "Juni",
  "Juli",
  "August",
  "September",
  "Oktober",
  "November",
  "Dezember",
];
const DATE = new RegExp(`\\b(\\d{1,2})\\. (${MONTHS.join("|")})(?: (\\d{4}))?`, "g");

interface Template {
  file: string;
  text: string;
  /** Surface forms to replace, longest first: a person's full name or surname, a city's name. */
  people: Array<{ full: string[]; surname: string[] }>;
  cities: string[];
  /**
   * Where the variant number goes: after the headline the reader takes as the title (it may follow a
   * line of page chrome or a breadcrumb naming it), none without a title. Names, cities and dates
   * repeat with a period of a few thousand variants, so a titled article whose date does not move
   * would otherwise come back as "unchanged" (identity is title, source and date).
   */
  markAt: number;
}

async function templates(): Promise<Template[]> {
  const out: Template[] = [];
  for await (const raw of readInputs([SAMPLE_CORPUS_DIR])) {
    if (isInputError(raw)) continue;
    const ex = tryExtractArticle(raw);
    if (isInputError(ex)) continue;
    const text = (ex as Extraction).article.text;
    const people = (ex as Extraction).entities
      .filter((e) => e.type === "PERSON")
      .map((e) => {
        const forms = [...new Set(e.mentions.map((m) => text.slice(m.start, m.end)))];
        return { full: forms.filter((f) => f.includes(" ")), surname: forms.filter((f) => !f.includes(" ")) };
      });
    const cities = CITIES.filter((c) => raw.text.includes(c));
    const title = (ex as Extraction).article.title;
    out.push({
      file: path.basename(raw.file),
      text: raw.text,
      people,
      cities,
      markAt: titleEnd(raw.text, title),
    });
  }
  return out;
}

/**
 * The end of the title in the text: its occurrence as a line of its own (a breadcrumb may name it
 * first), else its first occurrence; -1 without a title (such an article is told apart by its file).
 */
function titleEnd(text: string, title: string | null): number {
  if (!title) return -1;
  const line = new RegExp(
    `(?:^|\\n)[ \\t]*${title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}[ \\t]*(?=\\n|$)`,
  ).exec(text);
  if (line) return line.index + line[0].trimEnd().length;
  const at = text.indexOf(title);
  return at >= 0 ? at + title.length : -1;
}

function germanDate(d: Date, withYear: boolean): string {
  const s = `${d.getUTCDate()}. ${MONTHS[d.getUTCMonth()]}`;
  return withYear ? `${s} ${d.getUTCFullYear()}` : s;
}

/** Variant k of a template: the same story with other people, cities and dates. */
function variant(t: Template, k: number, n: number): string {
  const mark = (i: number) => `\u0001${i}\u0001`;
  const swaps: string[] = [];
  const folge = "\u0002";
  let text = t.markAt >= 0 ? `${t.text.slice(0, t.markAt)}${folge}${t.text.slice(t.markAt)}` : t.text;
  const swap = (from: string, to: string) => {
    if (!from) return;
    text = text.split(from).join(mark(swaps.length));
    swaps.push(to);
  };
  t.people.forEach((p, i) => {
    const h = (k * 31 + i * 7 + n) >>> 0;
    const surname = `${STEM[h % STEM.length]}${END[Math.floor(h / STEM.length) % END.length]}`;
    const given = GIVEN[(h * 13 + i) % GIVEN.length];
    for (const f of [...p.full].sort((a, b) => b.length - a.length)) swap(f, `${given} ${surname}`);
    for (const f of [...p.surname].sort((a, b) => b.length - a.length)) swap(f, surname);
  });
  t.cities.forEach((c, i) => {
    swap(c, CITIES[(k * 5 + i * 11 + n) % CITIES.length] as string);
  });
  // Every date moves by the same number of days, so the story's own chronology stays intact.
  const shift = ((k * 37 + n * 5) % 9000) * 86_400_000;
  text = text.replace(DATE, (_m, day: string, month: string, year?: string) => {
    const d = new Date(Date.UTC(Number(year ?? 2025), MONTHS.indexOf(month), Number(day)) - shift);
    return germanDate(d, year !== undefined);
  });
  swaps.forEach((to, i) => {
    text = text.split(mark(i)).join(to);
  });
  // Some sample headlines name no one and carry no date the reader finds, so the variant number goes
  // into the title: title, source and date are an article's identity when it has no url.
  return text.replace(folge, ` (Folge ${k + 1})`);
}

/**
 * Writes `count` distinct articles into `dir` (created if missing) and returns it. Variant k of the
 * n-th sample article is file `v<k>-<n>.txt`; the same count always gives the same files.
 */
export async function generateCorpus(dir: string, count: number): Promise<string> {
  const ts = await templates();
  fs.mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) {
    const n = i % ts.length;
    const k = Math.floor(i / ts.length);
    const t = ts[n] as Template;
    fs.writeFileSync(path.join(dir, `v${String(k).padStart(6, "0")}-${n}.txt`), variant(t, k, n));
  }
  return dir;
}
