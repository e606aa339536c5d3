import { timestampDate, type Timestamp } from "@bufbuild/protobuf/wkt";
import { deliveries, isAgent } from "../api";
import { deliverySteps } from "../deliverySteps";
import { showFailure } from "../errors";
import { stepForm } from "../forms";
import {
  DeliveryActivityKind as Kind, DeliveryMilestone, DeliveryRoute, DeliveryStatus, type Delivery, type DeliveryActivity,
} from "../gen/servicedesk/deliveries/v1/delivery_pb";
import { TicketStatus } from "../gen/servicedesk/tickets/v1/ticket_pb";
import { facts, h, mount } from "../html";
import { formatDate, formatTime, label, labelOfName, t } from "../i18n";
import { loadNames, nameOf } from "../names";

const time = (value: Timestamp | undefined) => formatTime(value && timestampDate(value));

/** One delivery: what comes when, its documents and tickets, the history; agents get the steps its state allows. */
export function deliveryScreen(main: HTMLElement, name: string): void {
  const details = h("div", { class: "delivery" });
  mount(main, details);

  function render(delivery: Delivery): void {
    const agent = isAgent();
    mount(details,
      h("h1", {}, h("span", { class: "key" }, t("delivery.title")), " ", delivery.patchVersion),
      h("p", { class: "badges" },
        h("span", { class: "badge", "data-status": DeliveryStatus[delivery.status] }, label("dstatus", DeliveryStatus, delivery.status)),
        delivery.milestone !== DeliveryMilestone.UNSPECIFIED && h("span", { class: "badge" }, label("milestone", DeliveryMilestone, delivery.milestone))),
      h("div", { class: "columns" },
        h("div", {},
          fields(delivery),
          section("documents", t("delivery.documents"), delivery.documents.map(document => h("li", {},
            h("a", { href: document.url, target: "_blank", rel: "noopener" }, document.title),
            agent && delivery.status === DeliveryStatus.PLANNED && stepForm({
              id: "removeDocument", title: `${t("dstep.remove")}: ${document.title}`,
              run: d => deliveries.removeDocument({ name: d.name, etag: d.etag, documentId: document.id }),
            }, delivery, render)))),
          section("tickets", t("delivery.tickets"), delivery.tickets.map(ticket => h("li", { "data-ticket": ticket.key },
            h("a", { href: `#/tickets/${ticket.key}` }, ticket.key), " ", ticket.title, " ",
            h("span", { class: "badge", "data-status": TicketStatus[ticket.status] }, label("status", TicketStatus, ticket.status))))),
          section("estimates", t("delivery.estimates"), delivery.activities.filter(a => a.kind === Kind.ESTIMATED_DATE_CHANGED).map(entry =>
            h("li", {}, `${value(entry, entry.from)} → ${value(entry, entry.to)}`, " · ", time(entry.time), entry.text && [" · ", entry.text])))),
        agent && h("section", { class: "actions", "aria-labelledby": "actions-title" },
          h("h2", { id: "actions-title" }, t("ticket.actions")),
          deliverySteps(delivery).map(step => stepForm(step, delivery, render)))),
      h("section", { "aria-labelledby": "history-title" },
        h("h2", { id: "history-title" }, t("delivery.history")),
        h("ol", { class: "activity" }, delivery.activities.map(activity))));
  }

  loadNames().then(() => deliveries.getDelivery({ name })).then(render,
    showFailure(details));
}

function fields(delivery: Delivery): HTMLElement {
  const rows: [string, string][] = [
    [t("queue.organization"), nameOf(delivery.organization)],
    [t("delivery.estimatedDate"), formatDate(delivery.estimatedDate)],
    [t("delivery.route"), label("route", DeliveryRoute, delivery.route)],
    [t("delivery.staging"), delivery.route === DeliveryRoute.INSTALLATION ? (delivery.stagingSystem ? t("ticket.yes") : t("ticket.no")) : ""],
    [t("delivery.stagingMaintenance"), time(delivery.stagingMaintenanceTime)],
    [t("delivery.productionMaintenance"), time(delivery.productionMaintenanceTime)],
    [t("delivery.downloadLocation"), delivery.downloadLocation],
    [t("delivery.reachedCustomer"), time(delivery.reachCustomerTime)],
    [t("delivery.ticketsFrozen"), delivery.ticketsFrozen ? t("ticket.yes") : ""],
    [t("ticket.created"), time(delivery.createTime)],
    [t("col.updated"), time(delivery.updateTime)],
  ];
  return facts(rows);
}

function section(id: string, title: string, items: HTMLElement[]): HTMLElement {
  return h("section", { "aria-labelledby": `${id}-title`, "data-section": id },
    h("h2", { id: `${id}-title` }, title),
    items.length > 0 ? h("ul", {}, items) : h("p", {}, t("delivery.none")));
}

/** The history records dates and times as ISO strings, milestones and statuses as domain names. */
function value(entry: DeliveryActivity, raw: string): string {
  if (!raw) return "–";
  switch (entry.kind) {
    case Kind.ESTIMATED_DATE_CHANGED: {
      const [year, month, day] = raw.split("-").map(Number);
      return formatDate({ year, month, day });
    }
    case Kind.MAINTENANCE_ANNOUNCED: {
      const at = new Date(raw);
      return Number.isNaN(at.getTime()) ? raw : formatTime(at);
    }
    case Kind.MILESTONE_REACHED: return labelOfName("milestone", raw);
    case Kind.STATUS_CHANGED: return labelOfName("dstatus", raw);
    default: return raw;
  }
}

function activity(entry: DeliveryActivity): HTMLElement {
  const change = entry.from || entry.to ? `${value(entry, entry.from)} → ${value(entry, entry.to)}` : "";
  return h("li", { "data-kind": Kind[entry.kind] },
    h("div", { class: "meta" }, h("strong", {}, entry.actorDisplayName), " ", label("dactivity", Kind, entry.kind), " · ", time(entry.time)),
    change && h("div", {}, change),
    entry.text && h("p", { class: "text" }, entry.text));
}
