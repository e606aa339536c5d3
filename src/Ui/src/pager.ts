import { h } from "./html";
import { t } from "./i18n";

/** Keyset pages: back to the first page once past it, on to the next while there is one. */
export function pager(token: string, nextPageToken: string, show: (token: string) => Promise<void>): HTMLElement {
  return h("nav", { class: "pager" },
    token && h("button", { type: "button", onclick: () => show("") }, t("queue.first")),
    nextPageToken && h("button", { type: "button", onclick: () => show(nextPageToken) }, t("queue.next")));
}
