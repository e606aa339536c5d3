import { timestampDate } from "@bufbuild/protobuf/wkt";
import { currentAccount, isAgent, tickets } from "../api";
import { Priority, TicketStatus, TicketType } from "../gen/servicedesk/tickets/v1/ticket_pb";
import type { MessageInitShape } from "@bufbuild/protobuf";
import { TicketScope, type ListTicketsRequestSchema, type TicketSummary } from "../gen/servicedesk/tickets/v1/ticket_service_pb";
import { showFailure } from "../errors";
import { formAlert, onSubmit } from "../forms";
import { field, h, mount, select } from "../html";
import { formatTime, label, t } from "../i18n";
import { onTicketChange } from "../live";
import { loadNames, nameOf, namesOf } from "../names";
import { pager } from "../pager";
import { serviceLevelBadge } from "../sla";

type Filter = MessageInitShape<typeof ListTicketsRequestSchema>;

const orders: [string, Parameters<typeof t>[0]][] = [
  ["create_time desc", "order.created_desc"], ["create_time", "order.created"],
  ["update_time desc", "order.updated_desc"], ["update_time", "order.updated"],
];

// The filter outlives a visit to a ticket, so "back to the queue" shows the same list.
let filter: Filter = {};
/** Set while an agent looks at the SLA queue: tickets breached or due within this many hours. */
let slaHours: number | undefined;

/** The overview: filters, keyword, order and keyset pages; the shown page reloads when one of its tickets changes. */
export function queueScreen(main: HTMLElement): () => void {
  const results = h("div", { class: "results", "aria-live": "polite" });
  const title = h("h1", {});
  mount(main, title, results);

  let pageToken = "";
  let reload: number | undefined;
  async function show(token: string): Promise<void> {
    pageToken = token;
    const page = slaHours === undefined
      ? await tickets.listTickets({ ...filter, pageSize: 25, pageToken: token })
      : await tickets.listSlaQueue({ within: { seconds: BigInt(Math.round(slaHours * 3600)) }, pageSize: 25, pageToken: token });
    title.textContent = slaHours === undefined ? t("queue.title") : `${t("queue.slaTitle")} ${slaHours} ${t("unit.h")}`;
    mount(results, table(page.tickets), pager(token, page.nextPageToken, show));
  }
  loadNames()
    .then(() => {
      const filters = filterForm(() => show(""));
      results.before(filters);
      if (isAgent()) filters.before(slaForm(filters, () => show("")));
      filters.hidden = slaHours !== undefined;
      return show("");
    })
    .catch(showFailure(results));
  return onTicketChange(() => {
    clearTimeout(reload);
    reload = window.setTimeout(() => show(pageToken).catch(() => undefined), 100);
  });

  /** Agents switch between the filtered overview and the SLA queue (ordered by due time; the filters do not apply to it). */
  function slaForm(filters: HTMLFormElement, apply: () => Promise<void>): HTMLFormElement {
    const all = h("button", { type: "button", hidden: slaHours === undefined }, t("queue.showAll"));
    const form = h("form", { class: "filters sla-filter", role: "search" },
      field(t("queue.slaWithin"), h("input", { name: "within", type: "number", min: 0, step: 0.5, value: slaHours ?? 4 }), "within"),
      formAlert(),
      h("button", { type: "submit", class: "primary" }, t("queue.showSla")),
      all);
    const switchTo = async (hours: number | undefined) => {
      const previous = slaHours;
      slaHours = hours;
      try {
        await apply();
      } catch (error) {
        slaHours = previous;
        throw error;
      }
      all.hidden = hours === undefined;
      filters.hidden = !all.hidden;
    };
    all.addEventListener("click", () => void switchTo(undefined).catch(showFailure(results)));
    onSubmit(form, data => switchTo(Number(data.get("within"))));
    return form;
  }

  function filterForm(apply: () => Promise<void>): HTMLFormElement {
    const any = (options: [number, string][]): [number, string][] => [[0, t("queue.any")], ...options];
    const values = (prefix: string, enumObject: Record<number, string>, from: number, to: number): [number, string][] =>
      Array.from({ length: to - from + 1 }, (_, i) => [from + i, label(prefix, enumObject, from + i)]);
    const controls: HTMLElement[] = [
      field(t("queue.keyword"), h("input", { name: "keyword", type: "search", value: filter.keyword ?? "" }), "keyword"),
      field(t("queue.status"), select("status", any(values("status", TicketStatus, 1, 11)), filter.statuses?.[0] ?? 0), "statuses"),
      field(t("queue.type"), select("type", any(values("type", TicketType, 1, 9)), filter.ticketTypes?.[0] ?? 0), "ticket_types"),
      field(t("queue.priority"), select("priority", any(values("priority", Priority, 1, 4)), filter.priorities?.[0] ?? 0), "priorities"),
    ];
    if (isAgent()) {
      const organisations = namesOf("organizations/");
      const agents = namesOf("accounts/");
      controls.push(
        field(t("queue.organization"), select("organization", [["", t("queue.any")], ...organisations], filter.organization ?? ""), "organization"),
        field(t("queue.assignee"), select("assignee", [["", t("queue.any")], [currentAccount()!.name, t("queue.me")], ...agents], filter.assignee ?? ""), "assignee"));
    } else {
      controls.push(field(t("queue.scope"), select("scope", [
        [TicketScope.UNSPECIFIED, t("scope.both")], [TicketScope.MINE, t("scope.mine")], [TicketScope.MY_ORGANIZATION, t("scope.org")],
      ], filter.scope ?? TicketScope.UNSPECIFIED), "scope"));
    }
    controls.push(field(t("queue.order"), select("order", orders.map(([value, key]) => [value, t(key)]), filter.orderBy ?? "create_time desc"), "order_by"));
    const form = h("form", { class: "filters", role: "search" }, controls, formAlert(), h("button", { type: "submit", class: "primary" }, t("queue.apply")));
    onSubmit(form, async data => {
      const chosen = (name: string) => (Number(data.get(name)) ? [Number(data.get(name))] : []);
      filter = {
        keyword: String(data.get("keyword") ?? ""),
        statuses: chosen("status"),
        ticketTypes: chosen("type"),
        priorities: chosen("priority"),
        organization: String(data.get("organization") ?? ""),
        assignee: String(data.get("assignee") ?? ""),
        scope: Number(data.get("scope") ?? 0),
        orderBy: String(data.get("order")),
      };
      await apply();
    });
    return form;
  }
}

function table(rows: TicketSummary[]): HTMLElement {
  if (rows.length === 0) return h("p", {}, t("queue.empty"));
  const agent = isAgent();
  return h("table", { class: "queue" },
    h("thead", {}, h("tr", {},
      h("th", { scope: "col" }, t("col.key")), h("th", { scope: "col" }, t("col.title")),
      h("th", { scope: "col" }, t("queue.type")), h("th", { scope: "col" }, t("queue.status")),
      h("th", { scope: "col", class: "wide" }, t("queue.priority")),
      agent && h("th", { scope: "col", class: "wide" }, t("queue.organization")),
      h("th", { scope: "col" }, t("col.sla")),
      h("th", { scope: "col", class: "wide" }, t("queue.assignee")), h("th", { scope: "col", class: "wide" }, t("col.updated")))),
    h("tbody", {}, rows.map(row => h("tr", { "data-ticket": row.key },
      h("td", {}, h("a", { href: `#/tickets/${row.key}` }, row.key)),
      h("td", {}, row.title),
      h("td", {}, label("type", TicketType, row.type)),
      h("td", { "data-status": TicketStatus[row.status] }, label("status", TicketStatus, row.status)),
      h("td", { class: "wide" }, label("priority", Priority, row.priority)),
      agent && h("td", { class: "wide" }, nameOf(row.organization)),
      h("td", { class: "sla" }, serviceLevelBadge(row.serviceLevel)),
      h("td", { class: "wide" }, row.assigneeDisplayName),
      h("td", { class: "wide" }, formatTime(row.updateTime && timestampDate(row.updateTime)))))));
}
