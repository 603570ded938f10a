import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readHtmlArticle } from "../../../../src/ingest/read/html.ts";
import { isMarkup } from "../../../../src/ingest/read/markup.ts";
import { isInputError, parseBytes } from "../../../../src/ingest/read/read.ts";

const FIX = "test/fixtures/articles";
const page = readFileSync(path.join(FIX, "page.html"), "utf8");

describe("isMarkup", () => {
  it.each([
    ["<!DOCTYPE html><html><body>…", true],
    ['<div class="x">Text</div>', true],
    ["Erster Absatz.<br>Zweiter.", true],
    ["<P>Großgeschrieben</P>", true],
    ["Die Unterhändler trafen sich in Miami.", false],
    ["a < b und c > d", false],
    ["<pre>kein Block, den wir kennen</pre>", false],
  ])("%j → %s", (text, expected) => {
    expect(isMarkup(text)).toBe(expected);
  });

  it("looks at the first 5000 characters only", () => {
    expect(isMarkup(`${"x".repeat(5000)}<p>spät</p>`)).toBe(false);
    expect(isMarkup(`${"x".repeat(4990)}<p>früh</p>`)).toBe(true);
  });
});

describe("readHtmlArticle", () => {
  it("reads a page once: its text goes on as format txt, the caller's meta over the page's", () => {
    const a = readHtmlArticle({
      file: "api#1",
      format: "html",
      meta: { source: "Eigene Quelle" },
      text: page,
    });
    if (isInputError(a)) throw new Error(a.reason);
    expect(a.format).toBe("txt");
    expect(a.meta).toMatchObject({ title: "Gemeinderat beschließt Haushalt", source: "Eigene Quelle" });
    expect(isMarkup(a.text)).toBe(false);
  });

  it("names the file when a page has no article text", () => {
    expect(readHtmlArticle({ file: "leer.html", format: "html", meta: {}, text: "<html></html>" })).toEqual({
      file: "leer.html",
      reason: "no article text found in the HTML",
    });
  });

  it("is what reads .html files", () => {
    const [a] = parseBytes("p.html", readFileSync(path.join(FIX, "page.html")));
    expect(a).toEqual(
      readHtmlArticle({ file: "p.html", format: "html", meta: {}, text: page, warnings: [] }),
    );
  });
});
