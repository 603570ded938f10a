// Source phrases: "laut X", "X zufolge", "nach Angaben des X", "nach X-Informationen", "Nach Umerows Angaben".

import { DETERMINERS, POSSESSIVES } from "../../german/determiners.ts";
import type { AttributionLexicon } from "../lexicon.ts";
import { isAdjectiveLike, type NP, parseNP } from "../np.ts";
import type { Tok } from "../text.ts";
import type { SourceFrame } from "./rule.ts";

const SOURCE_SUFFIX =
  /(angaben|informationen|meinung|einschätzung|schätzungen|erkenntnissen|ermittlungen|recherchen|darstellung|aussagen?|worten|umfragen?|studien?|berechnungen|berichten|ansicht|auffassung|vernehmen|kenntnis|bericht|stellungnahme|analyse|auswertung)$/i;

export function isSourceNoun(word: string, lex: AttributionLexicon): boolean {
  return lex.angabenNouns.has(word.toLowerCase()) || SOURCE_SUFFIX.test(word);
}

/** "laut X", "X zufolge", "nach Angaben des X", "nach X-Informationen", "Nach Umerows Angaben". */
export function findSourceFrames(toks: Tok[], lex: AttributionLexicon): SourceFrame[] {
  const out: SourceFrame[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.kind !== "word" || t.q !== -1) continue;
    if (lex.laut.has(t.lower)) {
      const np = parseNP(toks, i + 1, lex);
      if (np)
        out.push({
          from: i,
          to: np.end,
          subject: ownerOf(toks, np, lex),
          sourceTok: null,
          rule: "reported:laut",
        });
    } else if (lex.zufolge.has(t.lower) && i > 0) {
      // walk back over the phrase before "zufolge"
      let s = i;
      while (s > 0) {
        const p = toks[s - 1]!;
        if (p.q !== -1 || p.kind === "qopen" || p.kind === "qclose") {
          s--;
          continue;
        }
        if (p.kind !== "word") break;
        if (p.cap || DETERMINERS.has(p.lower) || isAdjectiveLike(p) || p.lower === "und") {
          s--;
          continue;
        }
        break;
      }
      // keep the longest phrase that parses and ends at "zufolge"
      let np: NP | null = null;
      for (let a = s; a < i && !np; a++) {
        const cand = parseNP(toks, a, lex);
        if (cand && (cand.end === i || coordEnd(toks, cand.end, i, lex))) np = cand;
      }
      if (np)
        out.push({
          from: np.start,
          to: i + 1,
          subject: ownerOf(toks, np, lex),
          sourceTok: null,
          rule: "reported:zufolge",
        });
    } else if (t.lower === "nach" || t.lower === "wie") {
      const n1 = toks[i + 1];
      if (!n1 || n1.q !== -1) continue;
      // nach [den] [eigenen|offiziellen] Angaben/Berechnungen/Meinung [des X | von X | Russlands]
      let j = i + 1;
      const adjs: string[] = [];
      if (t.lower === "nach" && DETERMINERS.has(n1.lower)) j++;
      while (t.lower === "nach" && toks[j] && isAdjectiveLike(toks[j]!) && j - i < 5)
        adjs.push(toks[j++]!.lower);
      const noun = toks[j];
      if (t.lower === "nach" && noun && noun.cap && noun.q === -1 && isSourceNoun(noun.text, lex)) {
        const n2 = toks[j + 1];
        if (
          n2 &&
          n2.q === -1 &&
          (n2.lower === "von" ||
            n2.lower === "aus" ||
            n2.lower === "des" ||
            n2.lower === "der" ||
            n2.lower === "eines" ||
            n2.lower === "einer")
        ) {
          const np = parseNP(toks, n2.lower === "von" || n2.lower === "aus" ? j + 2 : j + 1, lex);
          if (np)
            out.push({ from: i, to: np.end, subject: np, sourceTok: null, rule: "reported:nach-angaben" });
        } else if (
          n2?.cap &&
          n2.kind === "word" &&
          n2.q === -1 &&
          /s$/.test(n2.text) &&
          !isSourceNoun(n2.text, lex)
        ) {
          const np = parseNP(toks, j + 1, lex, false);
          if (np)
            out.push({ from: i, to: np.end, subject: np, sourceTok: null, rule: "reported:nach-angaben" });
        } else if (adjs.includes("eigenen")) {
          out.push({
            from: i,
            to: j + 1,
            subject: null,
            sourceTok: null,
            rule: "reported:eigene-angaben",
            own: true,
          });
        } else if (/-/.test(noun.text) || !lex.angabenNouns.has(noun.lower)) {
          // "nach dpa-Informationen", "nach Expertenmeinung": the source is inside the word
          if (
            !lex.vagueSources.has(noun.lower) &&
            /^(?!angaben|informationen|berichten|meinung)/i.test(noun.text)
          )
            out.push({
              from: i,
              to: j + 1,
              subject: null,
              sourceTok: noun,
              rule: "reported:nach-informationen",
            });
        }
        continue;
      }
      if (t.lower === "nach" && /-(informationen|angaben|recherchen)$/i.test(n1.text)) {
        out.push({ from: i, to: i + 2, subject: null, sourceTok: n1, rule: "reported:nach-informationen" });
      } else if (
        t.lower === "nach" &&
        n1.cap &&
        /s$/.test(n1.text) &&
        lex.angabenNouns.has(toks[i + 2]?.lower ?? "")
      ) {
        out.push({ from: i, to: i + 3, subject: null, sourceTok: n1, rule: "reported:nach-angaben" });
      } else if (
        t.lower === "nach" &&
        POSSESSIVES.has(n1.lower) &&
        /^(angaben|worten|aussage|aussagen|darstellung|einschätzung|ansicht|auffassung|meinung|kenntnis)$/.test(
          toks[i + 2]?.lower ?? "",
        )
      ) {
        out.push({ from: i, to: i + 3, subject: null, sourceTok: n1, rule: "reported:nach-angaben" });
      }
    }
    // "ihrer Meinung nach", "seinen Angaben nach"
    if (
      t.lower === "nach" &&
      i >= 2 &&
      isSourceNoun(toks[i - 1]!.text, lex) &&
      POSSESSIVES.has(toks[i - 2]!.lower)
    )
      out.push({
        from: i - 2,
        to: i + 1,
        subject: null,
        sourceTok: toks[i - 2]!,
        rule: "reported:nach-angaben",
      });
  }
  return out;
}

/** "einem Bericht der Organisation X", "Angaben des ZDF": a report speaks for its owner. */
export function ownerOf(toks: Tok[], np: NP, lex: AttributionLexicon): NP {
  const headTok = np.head ?? np.caps[0];
  const head = headTok?.lower ?? "";
  if (!(lex.vagueSources.has(head) || VAGUE_REPORT.test(head) || isSourceNoun(headTok?.text ?? "", lex)))
    return np;
  // the owner is a modifier the phrase took ("einem Bericht der X") or follows the bare noun ("Angaben des X")
  const first = np.modifiers[0] ?? (np.caps.length === 1 ? toks[np.end] : undefined);
  if (!first || first.q !== -1 || !/^(von|vom|des|der|eines|einer)$/.test(first.lower)) return np;
  const at = toks.indexOf(first);
  const owner = parseNP(toks, /^(von|vom)$/.test(first.lower) ? at + 1 : at, lex);
  return owner?.caps.length && !owner.pronoun ? { ...owner, end: Math.max(np.end, owner.end) } : np;
}

export function coordEnd(toks: Tok[], from: number, to: number, lex: AttributionLexicon): boolean {
  if (toks[from]?.lower !== "und") return false;
  const np = parseNP(toks, from + 1, lex);
  return !!np && np.end === to;
}

/** "Berichten", "Medienberichten" name nobody; "ai-Bericht", "OSZE-Bericht" do. */
const VAGUE_REPORT = /^(medien|presse|zeitungs)?berichte?n?$/;

export function isVague(sf: SourceFrame, lex: AttributionLexicon): boolean {
  const np = sf.subject;
  if (!np) return sf.sourceTok ? /^(berichten|medien)/i.test(sf.sourceTok.text) : false;
  // "einem Bericht der Menschenrechtsorganisation Amnesty", "Angaben des ZDF": the owner names the source
  if (
    np.modifiers.some(
      (t) => t.cap && t.q === -1 && !lex.vagueSources.has(t.lower) && !VAGUE_REPORT.test(t.lower),
    )
  )
    return false;
  const c0 = np.caps[0]?.lower ?? "";
  if (lex.vagueSources.has(c0) || VAGUE_REPORT.test(c0)) return true;
  if (np.pronoun || np.names.length || np.title) return false;
  const head = np.head?.lower ?? "";
  return lex.vagueSources.has(head) || VAGUE_REPORT.test(head) || /^(seite|seiten)$/.test(head);
}
