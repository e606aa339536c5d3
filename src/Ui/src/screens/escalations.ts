import type { MessageInitShape } from "@bufbuild/protobuf";
import { timestampDate, type Timestamp } from "@bufbuild/protobuf/wkt";
import { escalations } from "../api";
import { showFailure } from "../errors";
import { levelLabel } from "../escalationSteps";
import { formAlert, formText, onSubmit } from "../forms";
import { EscalationReason, type Escalation } from "../gen/servicedesk/escalations/v1/escalation_pb";
import type { ListEscalationsRequestSchema } from "../gen/servicedesk/escalations/v1/escalation_service_pb";
import { SupportTeam } from "../gen/servicedesk/tickets/v1/ticket_pb";
import { field, h, mount, select } from "../html";
import { formatTime, label, t } from "../i18n";
import { loadNames, nameOf, namesOf } from "../names";
import { pager } from "../pager";

type Filter = MessageInitShape<typeof ListEscalationsRequestSchema>;

const time = (value: Timestamp | undefined) => formatTime(value && timestampDate(value));

/** Open escalations, oldest first, for team leads and heads: by level, team, organisation and age, in keyset pages. */
export function escalationsScreen(main: HTMLElement): void {
  const results = h("div", { class: "results", "aria-live": "polite" });
  mount(main, h("h1", {}, t("escalations.title")), results);
  let filter: Filter = {};

  async function show(token: string): Promise<void> {
    const page = await escalations.listEscalations({ ...filter, pageSize: 25, pageToken: token });
    mount(results, table(page.escalations), pager(token, page.nextPageToken, show));
  }

  loadNames()
    .then(() => {
      const any = (options: [string, string][]): [string, string][] => [["", t("queue.any")], ...options];
      const teams = [SupportTeam.DACH, SupportTeam.INTERNATIONAL].map(team => [String(team), label("team", SupportTeam, team)] as [string, string]);
      const filters = h("form", { class: "filters", role: "search" },
        field(t("escalation.level"), select("level", any([0, 1, 2, 3].map(level => [String(level), levelLabel(level)]))), "level"),
        field(t("ticket.team"), select("team", any(teams)), "team"),
        field(t("queue.organization"), select("organization", any(namesOf("organizations/"))), "organization"),
        field(t("escalations.minAge"), h("input", { name: "min_age", type: "number", min: 0, step: 1 }), "min_age"),
        formAlert(),
        h("button", { type: "submit", class: "primary" }, t("queue.apply")));
      onSubmit(filters, async data => {
        const level = formText(data, "level");
        const hours = Number(formText(data, "min_age"));
        filter = {
          level: level === "" ? undefined : Number(level),
          team: Number(formText(data, "team")),
          organization: formText(data, "organization"),
          minAge: hours ? { seconds: BigInt(Math.round(hours * 3600)) } : undefined,
        };
        await show("");
      });
      results.before(filters);
      return show("");
    })
    .catch(showFailure(results));
}

function table(rows: Escalation[]): HTMLElement {
  if (rows.length === 0) return h("p", {}, t("escalations.empty"));
  return h("table", { class: "queue escalations" },
    h("thead", {}, h("tr", {},
      h("th", { scope: "col" }, t("escalations.ticket")),
      h("th", { scope: "col", class: "wide" }, t("queue.organization")),
      h("th", { scope: "col", class: "wide" }, t("ticket.team")),
      h("th", { scope: "col" }, t("escalation.level")),
      h("th", { scope: "col" }, t("escalation.reason")),
      h("th", { scope: "col", class: "wide" }, t("escalation.owner")),
      h("th", { scope: "col" }, t("escalation.opened")),
      h("th", { scope: "col", class: "wide" }, t("escalation.levelSince")))),
    h("tbody", {}, rows.map(row => {
      const key = row.ticket.slice("tickets/".length);
      return h("tr", { "data-escalation": row.name, "data-ticket": key },
        h("td", {}, h("a", { href: `#/${row.ticket}` }, key)),
        h("td", { class: "wide" }, nameOf(row.organization)),
        h("td", { class: "wide" }, label("team", SupportTeam, row.team)),
        h("td", { "data-level": row.level }, levelLabel(row.level)),
        h("td", {}, label("ereason", EscalationReason, row.reason)),
        h("td", { class: "wide" }, row.ownerName),
        h("td", {}, time(row.openTime)),
        h("td", { class: "wide" }, time(row.levelTime)));
    })));
}
