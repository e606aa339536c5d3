import { timestampDate, type Duration, type Timestamp } from "@bufbuild/protobuf/wkt";
import { SlaClockState, type ServiceLevel, type SlaClock } from "./gen/servicedesk/tickets/v1/ticket_pb";
import { h } from "./html";
import { formatDuration, formatTime, label, t } from "./i18n";

// The SLA clocks of a ticket (SPEC section 6): in full on the ticket screen, as one badge in the queue.

const time = (value: Timestamp | undefined) => formatTime(value && timestampDate(value));
const duration = (value: Duration | undefined) => (value ? formatDuration(Number(value.seconds)) : "");

/** Both clocks side by side: state, target, elapsed, remaining and due time; a breach in red with its time. */
export function serviceLevelTable(level: ServiceLevel | undefined): HTMLElement | false {
  if (!level) return false;
  const clocks: [string, string, SlaClock | undefined][] = [["reaction", t("sla.reaction"), level.reaction], ["restoration", t("sla.restoration"), level.restoration]];
  const cell = (clock: SlaClock | undefined, value: (clock: SlaClock) => string) => h("td", {}, clock ? value(clock) : "");
  const row = (title: string, value: (clock: SlaClock) => string) =>
    h("tr", {}, h("th", { scope: "row" }, title), clocks.map(([, , clock]) => cell(clock, value)));
  return h("table", { class: "sla" },
    h("thead", {}, h("tr", {}, h("th", { scope: "col" }, t("sla.clock")),
      clocks.map(([id, title, clock]) => h("th", { scope: "col", "data-clock": id, "data-breached": String(!!clock?.breached) }, title,
        clock?.breached && [" ", h("span", { class: "badge breached" }, t("sla.breached"))])))),
    h("tbody", {},
      row(t("sla.state"), clock => label("slaState", SlaClockState, clock.state)),
      row(t("sla.target"), clock => duration(clock.target) || t("sla.noTarget")),
      row(t("sla.elapsed"), clock => duration(clock.elapsed)),
      row(t("sla.remaining"), clock => duration(clock.remaining)),
      row(t("sla.due"), clock => time(clock.dueTime)),
      row(t("sla.breached"), clock => (clock.breached ? time(clock.breachTime) || t("sla.breached") : ""))));
}

/** The queue's SLA cell: a breach, else the earliest due time of a running clock, else a paused clock. */
export function serviceLevelBadge(level: ServiceLevel | undefined): HTMLElement | false {
  const clocks = [level?.reaction, level?.restoration].filter((clock): clock is SlaClock => !!clock);
  const breached = clocks.find(clock => clock.breached);
  if (breached) return h("span", { class: "badge breached", "data-sla": "breached" }, t("sla.breached"));
  const due = clocks.filter(clock => clock.dueTime).sort((a, b) => Number(a.dueTime!.seconds - b.dueTime!.seconds))[0];
  if (due) return h("span", { class: "badge", "data-sla": "due", title: duration(due.remaining) }, `${t("sla.due")} ${time(due.dueTime)}`);
  if (clocks.some(clock => clock.paused)) return h("span", { class: "badge", "data-sla": "paused" }, label("slaState", SlaClockState, SlaClockState.PAUSED));
  return false;
}
