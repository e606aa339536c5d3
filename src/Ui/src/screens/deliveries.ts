import { timestampDate } from "@bufbuild/protobuf/wkt";
import { deliveries, isAgent } from "../api";
import { showFailure } from "../errors";
import { formAlert, formDate, formText, onSubmit } from "../forms";
import { DeliveryMilestone, DeliveryStatus } from "../gen/servicedesk/deliveries/v1/delivery_pb";
import type { DeliverySummary } from "../gen/servicedesk/deliveries/v1/delivery_service_pb";
import { field, h, mount, select } from "../html";
import { formatDate, formatTime, label, t } from "../i18n";
import { loadNames, nameOf, namesOf } from "../names";
import { pager } from "../pager";

const statuses = [DeliveryStatus.PLANNED, DeliveryStatus.DELIVERED, DeliveryStatus.STAGE_INSTALLATION_COMPLETED, DeliveryStatus.INSTALLATION_COMPLETED];

/** Deliveries, newest first, by organisation (agents) and status, in keyset pages; agents plan new ones here. */
export function deliveriesScreen(main: HTMLElement, opened: (name: string) => void): void {
  const results = h("div", { class: "results", "aria-live": "polite" });
  mount(main, h("h1", {}, t("deliveries.title")), results);
  let filter = { organization: "", statuses: [] as DeliveryStatus[] };

  async function show(token: string): Promise<void> {
    const page = await deliveries.listDeliveries({ ...filter, pageSize: 25, pageToken: token });
    mount(results, table(page.deliveries), pager(token, page.nextPageToken, show));
  }

  loadNames()
    .then(() => {
      const organisations: [string, string][] = [["", t("queue.any")], ...namesOf("organizations/")];
      const filters = h("form", { class: "filters", role: "search" },
        isAgent() && field(t("queue.organization"), select("organization", organisations), "organization"),
        field(t("queue.status"), select("status", [[0, t("queue.any")], ...statuses.map(s => [s, label("dstatus", DeliveryStatus, s)] as [number, string])]), "statuses"),
        formAlert(),
        h("button", { type: "submit", class: "primary" }, t("queue.apply")));
      onSubmit(filters, async data => {
        const status = Number(data.get("status"));
        filter = { organization: String(data.get("organization") ?? ""), statuses: status ? [status] : [] };
        await show("");
      });
      results.before(filters);
      if (isAgent()) main.append(planForm(opened));
      return show("");
    })
    .catch(showFailure(results));
}

function table(rows: DeliverySummary[]): HTMLElement {
  if (rows.length === 0) return h("p", {}, t("deliveries.empty"));
  const agent = isAgent();
  return h("table", { class: "queue deliveries" },
    h("thead", {}, h("tr", {},
      h("th", { scope: "col" }, t("delivery.patchVersion")),
      agent && h("th", { scope: "col" }, t("queue.organization")),
      h("th", { scope: "col" }, t("queue.status")),
      h("th", { scope: "col", class: "wide" }, t("delivery.milestone")),
      h("th", { scope: "col" }, t("delivery.estimatedDate")),
      h("th", { scope: "col", class: "wide" }, t("col.updated")))),
    h("tbody", {}, rows.map(row => h("tr", { "data-delivery": row.name },
      h("td", {}, h("a", { href: `#/${row.name}` }, row.patchVersion)),
      agent && h("td", {}, nameOf(row.organization)),
      h("td", { "data-status": DeliveryStatus[row.status] }, label("dstatus", DeliveryStatus, row.status)),
      h("td", { class: "wide" }, label("milestone", DeliveryMilestone, row.milestone)),
      h("td", {}, formatDate(row.estimatedDate)),
      h("td", { class: "wide" }, formatTime(row.updateTime && timestampDate(row.updateTime)))))));
}

function planForm(opened: (name: string) => void): HTMLElement {
  const form = h("form", { class: "card", "aria-labelledby": "plan-title" },
    h("h2", { id: "plan-title" }, t("deliveries.plan")),
    field(t("queue.organization"), select("organization", namesOf("organizations/")), "organization"),
    field(t("delivery.patchVersion"), h("input", { name: "patch_version" }), "patch_version"),
    field(t("delivery.estimatedDate"), h("input", { name: "estimated_date", type: "date" }), "estimated_date"),
    formAlert(),
    h("button", { type: "submit", class: "primary" }, t("deliveries.plan")));
  // One request id per form: a retried submit returns the first delivery.
  const requestId = crypto.randomUUID();
  onSubmit(form, async data => {
    const delivery = await deliveries.createDelivery({
      organization: formText(data, "organization"),
      patchVersion: formText(data, "patch_version"),
      estimatedDate: formDate(data, "estimated_date"),
      requestId,
    });
    opened(delivery.name);
  });
  return form;
}
