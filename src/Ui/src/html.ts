// A tiny render helper: h("button", { onclick, class: "primary" }, "Save") builds real DOM nodes.

type Child = Node | string | number | null | undefined | false | Child[];
type Props = Record<string, unknown>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith("on") && typeof value === "function") element.addEventListener(key.slice(2), value as EventListener);
    else if (key === "value") (element as HTMLInputElement).value = String(value);
    else if (key === "checked") (element as HTMLInputElement).checked = Boolean(value);
    else element.setAttribute(key, value === true ? "" : String(value));
  }
  append(element, children);
  return element;
}

function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(parent, child);
    else parent.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces an element's content. */
export function mount(target: Element, ...children: Child[]): void {
  target.replaceChildren();
  append(target, children);
}

/** A labelled form control; the error slot below it shows the server's violation for that field. */
export function field(label: string, control: HTMLElement, fieldPath: string): HTMLElement {
  const id = `f-${fieldPath.replace(/[^a-z0-9]/gi, "-")}-${Math.random().toString(36).slice(2, 7)}`;
  control.id = id;
  control.setAttribute("data-field", fieldPath);
  control.setAttribute("aria-describedby", `${id}-error`);
  return h("div", { class: "field" }, h("label", { for: id }, label), control,
    h("div", { class: "field-error", id: `${id}-error`, "data-error-for": fieldPath, role: "status" }));
}

export function select<T extends string | number>(name: string, options: [T, string][], selected?: T): HTMLSelectElement {
  return h("select", { name }, options.map(([value, label]) =>
    h("option", { value: String(value), selected: value === selected }, label)));
}

/** Term and value rows as a definition list; rows without a value are left out. */
export function facts(rows: [string, string | undefined][], props: Props = {}): HTMLElement {
  return h("dl", { class: "fields", ...props }, rows.filter(([, value]) => value).map(([term, value]) => [h("dt", {}, term), h("dd", {}, value!)]));
}
