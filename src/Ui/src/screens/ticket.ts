import { timestampDate, type Timestamp } from "@bufbuild/protobuf/wkt";
import { currentAccount, isAgent, tickets } from "../api";
import { attachmentsSection, chosenFiles, fileList, upload } from "../attachments";
import { showFailure } from "../errors";
import { formAlert, onSubmit, stepForm } from "../forms";
import {
  ActivityKind, Channel, CloseReason, Department, FaultCategory, Priority, Resolution, SupportTeam, TicketStatus, TicketType,
  type Activity, type Attachment, type Ticket,
} from "../gen/servicedesk/tickets/v1/ticket_pb";
import { facts, field, h, mount } from "../html";
import { formatTime, label, labelOfName, t } from "../i18n";
import { onTicketChange } from "../live";
import { participantCandidates, participantsSection } from "../participants";
import { shareLabel } from "../share";
import { serviceLevelTable } from "../sla";
import { ticketEditor } from "../ticketEditor";
import { ticketEscalation } from "../ticketEscalation";
import { availableSteps } from "../workflow";

const time = (value: Timestamp | undefined) => formatTime(value && timestampDate(value));

/** One ticket: its fields, the steps the viewer may take, the activity stream; it refreshes when the ticket changes. */
export function ticketScreen(main: HTMLElement, key: string): () => void {
  const name = `tickets/${key}`;
  const details = h("div", { class: "ticket" });
  // Parts with forms that are typed into outlive a re-render: a live update must not wipe a half-written text.
  const editor = ticketEditor(render);
  const escalation = ticketEscalation();
  const comment = commentForm(name, render);
  mount(main, details, comment);
  let candidates: Promise<[string, string][]> | undefined;
  let people: [string, string][] = [];
  let shownEtag = "";

  function render(ticket: Ticket): void {
    // A change made here comes back twice, as the call's answer and as a live event: drawing the same version again
    // would reset options chosen meanwhile.
    if (ticket.etag === shownEtag) return;
    shownEtag = ticket.etag;
    const viewer = { agent: isAgent(), account: currentAccount()!.name };
    const focused = document.activeElement;
    editor.show(ticket);
    escalation.show(ticket);
    mount(details,
      h("h1", {}, h("span", { class: "key" }, ticket.key), " ", ticket.title),
      h("p", { class: "badges" },
        h("span", { class: "badge", "data-status": TicketStatus[ticket.status] }, label("status", TicketStatus, ticket.status)),
        h("span", { class: "badge" }, label("type", TicketType, ticket.type)),
        ticket.priority !== Priority.UNSPECIFIED && h("span", { class: "badge" }, label("priority", Priority, ticket.priority))),
      h("div", { class: "columns" },
        h("div", {},
          h("section", { "aria-labelledby": "fields-title" }, h("h2", { id: "fields-title", class: "visually-hidden" }, t("ticket.description")), fields(ticket)),
          editor.element,
          slaSection(ticket),
          escalation.element),
        h("div", {},
          h("section", { class: "actions", "aria-labelledby": "actions-title" },
            h("h2", { id: "actions-title" }, t("ticket.actions")),
            availableSteps(ticket, viewer).map(step => stepForm(step, ticket, render))),
          viewer.agent && participantsSection(ticket, people, render))),
      attachmentsSection(ticket, load),
      h("section", { "aria-labelledby": "activity-title" },
        h("h2", { id: "activity-title" }, t("ticket.activity")),
        h("ol", { class: "activity" }, ticket.activities.map(entry => activity(entry, ticket.attachments)))));
    if (focused instanceof HTMLElement && details.contains(focused)) focused.focus();
  }

  async function load(): Promise<void> {
    const ticket = await tickets.getTicket({ name });
    candidates ??= participantCandidates(ticket.organization);
    people = await candidates;
    render(ticket);
  }
  load().catch(showFailure(details));
  return onTicketChange(changed => {
    if (changed.name === name) load().catch(() => undefined);
  });
}

function fields(ticket: Ticket): HTMLElement {
  const rows: [string, string | undefined][] = [
    [t("ticket.description"), ticket.description],
    [t("ticket.yourReference"), ticket.yourReference],
    [t("ticket.product"), ticket.product],
    [t("ticket.reporter"), ticket.reporterDisplayName],
    [t("queue.assignee"), ticket.assigneeDisplayName],
    [t("ticket.team"), label("team", SupportTeam, ticket.team)],
    [t("ticket.shareWith"), shareLabel(ticket.shareWith)],
    [t("ticket.confidential"), ticket.confidential ? t("ticket.yes") : t("ticket.no")],
    [t("ticket.channel"), label("channel", Channel, ticket.channel)],
    [t("ticket.faultCategory"), ticket.faultCategory ? label("category", FaultCategory, ticket.faultCategory) : ""],
    [t("ticket.fixVersion"), ticket.fixVersion],
    [t("ticket.forwardedTo"), ticket.forwardedTo ? label("department", Department, ticket.forwardedTo) : ""],
    [t("ticket.resolution"), ticket.resolution ? label("resolution", Resolution, ticket.resolution) : ""],
    [t("ticket.closeReason"), ticket.closeReason ? CloseReason[ticket.closeReason] : ""],
    [t("ticket.participants"), ticket.participants.map(p => p.displayName).join(", ")],
    [t("ticket.created"), time(ticket.createTime)],
    [t("col.updated"), time(ticket.updateTime)],
    [t("ticket.accepted"), time(ticket.acceptTime)],
    [t("ticket.reproduced"), time(ticket.reproduceTime)],
    [t("ticket.resolved"), time(ticket.resolveTime)],
    [t("ticket.closed"), time(ticket.closeTime)],
    [t("ticket.nextReminder"), time(ticket.nextReminderTime)],
    [t("ticket.autoClose"), time(ticket.autoCloseTime)],
  ];
  const incident = ticket.incidentDetails;
  if (incident) rows.push(
    [t("ticket.url"), incident.url], [t("ticket.steps"), incident.stepsToReproduce], [t("ticket.observed"), incident.observedBehaviour],
    [t("ticket.expected"), incident.expectedBehaviour], [t("ticket.conditions"), incident.conditions], [t("ticket.affected"), incident.affectedObjects]);
  return facts(rows);
}

/** The clocks only mean something once a target applies or a clock has run; intake tickets show them too (they may become defects). */
function slaSection(ticket: Ticket): HTMLElement | false {
  const table = serviceLevelTable(ticket.serviceLevel);
  return table && h("section", { "aria-labelledby": "sla-title" }, h("h2", { id: "sla-title" }, t("sla.title")), h("div", { class: "results" }, table));
}

/** Activity kinds whose from/to values are enum names with labels. */
const changedField: Partial<Record<ActivityKind, string>> = {
  [ActivityKind.CREATED]: "status",
  [ActivityKind.STATUS_CHANGED]: "status",
  [ActivityKind.TYPE_CHANGED]: "type",
  [ActivityKind.FORWARDED]: "department",
};

/** An entry of the stream; a comment shows the files attached to it. */
function activity(entry: Activity, attachments: Attachment[]): HTMLElement {
  const prefix = changedField[entry.kind];
  const value = (name: string) => (name && prefix ? labelOfName(prefix, name) : name || "–");
  const change = entry.from || entry.to ? `${value(entry.from)} → ${value(entry.to)}` : "";
  const files = entry.kind === ActivityKind.COMMENT ? attachments.filter(file => file.activityId === entry.id) : [];
  return h("li", { class: entry.internal ? "internal" : "", "data-kind": ActivityKind[entry.kind] },
    h("div", { class: "meta" },
      h("strong", {}, entry.actorDisplayName), " ", label("activity", ActivityKind, entry.kind), " · ", time(entry.time),
      entry.internal && h("span", { class: "badge internal" }, t("ticket.internal"))),
    change && h("div", {}, change),
    entry.text && h("p", { class: "text" }, entry.text),
    files.length > 0 && fileList(files));
}

/** A comment, public or (agents) internal, with files that belong to it: they are uploaded once the comment is saved. */
function commentForm(name: string, shown: (ticket: Ticket) => void): HTMLElement {
  const form = h("form", { class: "card comment", "aria-labelledby": "comment-title" },
    h("h2", { id: "comment-title" }, t("comment.title")),
    field(t("comment.text"), h("textarea", { name: "text", rows: 4 }), "text"),
    field(t("comment.files"), h("input", { name: "files", type: "file", multiple: true }), "metadata.file_name"),
    isAgent() && h("label", { class: "check" }, h("input", { type: "checkbox", name: "internal" }), " ", t("comment.internal")),
    formAlert(),
    h("button", { type: "submit", class: "primary" }, t("comment.submit")));
  onSubmit(form, async data => {
    const files = chosenFiles(data, "files");
    const commented = await tickets.addComment({ name, text: String(data.get("text") ?? ""), internal: data.get("internal") === "on" });
    form.reset();
    shown(commented);
    if (files.length === 0) return;
    // The new comment is the caller's newest one; a file of an internal comment is internal too.
    const comment = commented.activities.find(a => a.kind === ActivityKind.COMMENT && a.actor === currentAccount()!.name)!;
    for (const file of files) await upload(name, file, comment.id);
    shown(await tickets.getTicket({ name }));
  });
  return form;
}
