// "Show the Cypher" under a list: the exact parameterised Cypher the API ran for it (a connection's
// `cypher` field), with its parameters and a copy button.
import { h } from "./dom.ts";

export interface CypherText {
  query: string;
  parameters: unknown;
}

export function cypherText(cypher: CypherText): string {
  return `${cypher.query}\n\n// parameters\n${JSON.stringify(cypher.parameters, null, 2)}`;
}

export function cypherPanel(
  cyphers: CypherText | readonly CypherText[],
  label = "Show the Cypher",
): HTMLElement {
  const list = Array.isArray(cyphers) ? cyphers : [cyphers as CypherText];
  const text = list.map(cypherText).join("\n\n");
  const status = h("span", { class: "copy-status", role: "status" });
  const copy = h("button", { type: "button", class: "copy" }, "Copy");
  copy.addEventListener("click", () => {
    navigator.clipboard.writeText(text).then(
      () => {
        status.textContent = "Copied.";
      },
      () => {
        status.textContent = "Copying is blocked here: select the text instead.";
      },
    );
  });
  return h(
    "details",
    { class: "cypher" },
    h("summary", {}, label),
    h("div", { class: "cypher-actions" }, copy, status),
    h("pre", { tabindex: "0" }, h("code", { class: "cypher-text" }, text)),
  );
}
