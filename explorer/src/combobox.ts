// A text field with suggestions from the graph, as an ARIA combobox: typing (or ↓) asks for
// suggestions, ↑/↓ move through them, Enter takes one, Escape closes the list. The field keeps the
// keyboard focus throughout, and any text stays allowed: the API resolves names and aliases itself.
import { h } from "./dom.ts";

export interface Suggestion {
  /** What goes into the field. */
  value: string;
  /** Shown beside the value, e.g. the aliases that matched. */
  detail?: string;
}

export type Suggester = (text: string, signal: AbortSignal) => Promise<Suggestion[]>;

const DELAY_MS = 120;

export function combobox(input: HTMLInputElement, suggest: Suggester): HTMLElement {
  const listId = `${input.id}-suggestions`;
  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-expanded", "false");
  input.setAttribute("aria-controls", listId);
  const list = h("ul", { id: listId, role: "listbox", class: "suggestions", "aria-label": "Suggestions" });
  list.hidden = true;
  let items: Suggestion[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: AbortController | null = null;

  const close = () => {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  };
  const render = () => {
    list.replaceChildren(
      ...items.map((s, i) => {
        const option = h(
          "li",
          { id: `${listId}-${i}`, role: "option", "aria-selected": String(i === active) },
          h("span", { class: "value" }, s.value),
          s.detail ? h("span", { class: "muted" }, ` ${s.detail}`) : null,
        );
        // mousedown, not click: the field must not lose focus (and close the list) first.
        option.addEventListener("mousedown", (event) => {
          event.preventDefault();
          pick(i);
        });
        return option;
      }),
    );
    list.hidden = items.length === 0;
    input.setAttribute("aria-expanded", String(items.length > 0));
    if (active >= 0) {
      input.setAttribute("aria-activedescendant", `${listId}-${active}`);
      list.children[active]?.scrollIntoView({ block: "nearest" });
    } else {
      input.removeAttribute("aria-activedescendant");
    }
  };
  const pick = (i: number) => {
    const chosen = items[i];
    if (!chosen) return;
    input.value = chosen.value;
    close();
    input.dispatchEvent(new Event("change", { bubbles: true }));
  };
  const refresh = (delay = DELAY_MS) => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      pending?.abort();
      const controller = new AbortController();
      pending = controller;
      try {
        const found = await suggest(input.value.trim(), controller.signal);
        if (controller.signal.aborted || document.activeElement !== input) return;
        items = found;
        active = -1;
        render();
      } catch {
        // Suggestions help but are not needed: the field takes any name or alias.
      }
    }, delay);
  };

  input.addEventListener("input", () => refresh());
  input.addEventListener("blur", () => {
    clearTimeout(timer);
    pending?.abort();
    close();
  });
  input.addEventListener("keydown", (event) => {
    const open = !list.hidden;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!open) {
        refresh(0);
        return;
      }
      const step = event.key === "ArrowDown" ? 1 : -1;
      // Past either end the text as typed is active again (-1), as in a browser's own lists.
      const next = active + step;
      active = next >= items.length ? -1 : next < -1 ? items.length - 1 : next;
      render();
    } else if (event.key === "Enter" && open && active >= 0) {
      event.preventDefault(); // takes the suggestion; the next Enter submits the form
      pick(active);
    } else if (event.key === "Escape" && open) {
      event.preventDefault();
      close();
    }
  });
  return list;
}
