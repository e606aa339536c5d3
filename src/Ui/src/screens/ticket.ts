import { create } from "@bufbuild/protobuf";
import { timestampDate, type Timestamp } from "@bufbuild/protobuf/wkt";
import { currentAccount, isAgent, tickets } from "../api";
import { problemOf } from "../errors";
import { formAlert, onSubmit, stepForm } from "../forms";
import {
  ActivityKind, Channel, CloseReason, Department, FaultCategory, Priority, Resolution, ShareWith, SupportTeam, TicketStatus, TicketType,
  type Activity, type Attachment, type Ticket,
} from "../gen/servicedesk/tickets/v1/ticket_pb";
import { DownloadAttachmentRequestSchema } from "../gen/servicedesk/tickets/v1/ticket_service_pb";
import { field, h, mount } from "../html";
import { formatTime, label, labelOfName, t } from "../i18n";
import { onTicketChange } from "../live";
import { serviceLevelTable } from "../sla";
import { availableSteps } from "../workflow";

const time = (value: Timestamp | undefined) => formatTime(value && timestampDate(value));

/** One ticket: its fields, the steps the viewer may take, the activity stream; it refreshes when the ticket changes. */
export function ticketScreen(main: HTMLElement, key: string): () => void {
  const name = `tickets/${key}`;
  const details = h("div", { class: "ticket" });
  const comment = commentForm(name, shown => render(shown));
  mount(main, details, comment);

  function render(ticket: Ticket): void {
    const viewer = { agent: isAgent(), account: currentAccount()!.name };
    mount(details,
      h("h1", {}, h("span", { class: "key" }, ticket.key), " ", ticket.title),
      h("p", { class: "badges" },
        h("span", { class: "badge", "data-status": TicketStatus[ticket.status] }, label("status", TicketStatus, ticket.status)),
        h("span", { class: "badge" }, label("type", TicketType, ticket.type)),
        ticket.priority !== Priority.UNSPECIFIED && h("span", { class: "badge" }, label("priority", Priority, ticket.priority))),
      h("div", { class: "columns" },
        h("div", {},
          h("section", { "aria-labelledby": "fields-title" }, h("h2", { id: "fields-title", class: "visually-hidden" }, t("ticket.description")), fields(ticket)),
          slaSection(ticket)),
        h("section", { class: "actions", "aria-labelledby": "actions-title" },
          h("h2", { id: "actions-title" }, t("ticket.actions")),
          availableSteps(ticket, viewer).map(step => stepForm(step, ticket, render)))),
      attachments(ticket, load),
      h("section", { "aria-labelledby": "activity-title" },
        h("h2", { id: "activity-title" }, t("ticket.activity")),
        h("ol", { class: "activity" }, ticket.activities.map(activity))));
  }

  function load(): Promise<void> {
    return tickets.getTicket({ name }).then(render);
  }
  load().catch(error => mount(details, h("p", { class: "problem", role: "alert" }, problemOf(error).message)));
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
    [t("ticket.team"), SupportTeam[ticket.team]],
    [t("ticket.shareWith"), label("share", ShareWith, ticket.shareWith)],
    [t("ticket.confidential"), ticket.confidential ? t("ticket.yes") : t("ticket.no")],
    [t("ticket.channel"), Channel[ticket.channel]],
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
  return h("dl", { class: "fields" }, rows.filter(([, value]) => value).map(([term, value]) => [h("dt", {}, term), h("dd", {}, value!)]));
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

function activity(entry: Activity): HTMLElement {
  const prefix = changedField[entry.kind];
  const value = (name: string) => (name && prefix ? labelOfName(prefix, name) : name || "–");
  const change = entry.from || entry.to ? `${value(entry.from)} → ${value(entry.to)}` : "";
  return h("li", { class: entry.internal ? "internal" : "", "data-kind": ActivityKind[entry.kind] },
    h("div", { class: "meta" },
      h("strong", {}, entry.actorDisplayName), " ", label("activity", ActivityKind, entry.kind), " · ", time(entry.time),
      entry.internal && h("span", { class: "badge internal" }, t("ticket.internal"))),
    change && h("div", {}, change),
    entry.text && h("p", { class: "text" }, entry.text));
}

function attachments(ticket: Ticket, reload: () => Promise<void>): HTMLElement {
  return h("section", { "aria-labelledby": "attachments-title" },
    h("h2", { id: "attachments-title" }, t("ticket.attachments")),
    h("ul", { class: "attachments" }, ticket.attachments.map(file => h("li", {},
      file.fileName, ` (${Math.ceil(Number(file.sizeBytes) / 1024)} KB) `,
      file.internal && h("span", { class: "badge internal" }, t("ticket.internal")), " ",
      h("button", { type: "button", onclick: () => download(file) }, t("ticket.download"))))),
    ticket.status !== TicketStatus.CLOSED && uploadForm(ticket.name, reload));
}

/** gRPC-web cannot stream to the server, so the browser sends the whole file in one message (UploadSmallAttachment). */
function uploadForm(name: string, reload: () => Promise<void>): HTMLElement {
  const form = h("form", { class: "upload" },
    field(t("upload.file"), h("input", { name: "file", type: "file", required: true }), "metadata.file_name"),
    formAlert(),
    h("button", { type: "submit" }, t("upload.submit")));
  onSubmit(form, async data => {
    const file = data.get("file") as File;
    await tickets.uploadSmallAttachment({
      metadata: { ticket: name, fileName: file.name, contentType: file.type },
      content: new Uint8Array(await file.arrayBuffer()),
    });
    form.reset();
    await reload();
  });
  return form;
}

/** The file arrives in chunks over the server stream, and is saved as one blob. */
async function download(file: Attachment): Promise<void> {
  const parts: BlobPart[] = [];
  for await (const message of tickets.downloadAttachment(create(DownloadAttachmentRequestSchema, { name: file.name })))
    if (message.part.case === "chunk") parts.push(message.part.value as Uint8Array<ArrayBuffer>);
  const link = h("a", { href: URL.createObjectURL(new Blob(parts, { type: file.contentType })), download: file.fileName });
  link.click();
  URL.revokeObjectURL(link.href);
}

function commentForm(name: string, shown: (ticket: Ticket) => void): HTMLElement {
  const form = h("form", { class: "card comment", "aria-labelledby": "comment-title" },
    h("h2", { id: "comment-title" }, t("comment.title")),
    field(t("comment.text"), h("textarea", { name: "text", rows: 4 }), "text"),
    isAgent() && h("label", { class: "check" }, h("input", { type: "checkbox", name: "internal" }), " ", t("comment.internal")),
    formAlert(),
    h("button", { type: "submit", class: "primary" }, t("comment.submit")));
  onSubmit(form, async data => {
    shown(await tickets.addComment({ name, text: String(data.get("text") ?? ""), internal: data.get("internal") === "on" }));
    form.reset();
  });
  return form;
}
