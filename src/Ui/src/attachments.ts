import { create } from "@bufbuild/protobuf";
import { tickets } from "./api";
import { formAlert, onSubmit } from "./forms";
import { TicketStatus, type Attachment, type Ticket } from "./gen/servicedesk/tickets/v1/ticket_pb";
import { DownloadAttachmentRequestSchema } from "./gen/servicedesk/tickets/v1/ticket_service_pb";
import { field, h } from "./html";
import { t } from "./i18n";

// A ticket's files: listed with a download button, attached to the ticket or to one of its comments.

/** gRPC-web cannot stream to the server, so the browser sends the whole file in one message (UploadSmallAttachment). */
export async function upload(ticket: string, file: File, activityId = ""): Promise<void> {
  await tickets.uploadSmallAttachment({
    metadata: { ticket, fileName: file.name, contentType: file.type, activityId },
    content: new Uint8Array(await file.arrayBuffer()),
  });
}

/** The chosen files of a file input; an empty input still sends one nameless file. */
export function chosenFiles(form: FormData, name: string): File[] {
  return form.getAll(name).filter((file): file is File => file instanceof File && file.name !== "");
}

export function fileList(files: Attachment[]): HTMLElement {
  return h("ul", { class: "attachments" }, files.map(file => h("li", {},
    file.fileName, ` (${Math.ceil(Number(file.sizeBytes) / 1024)} KB) `,
    file.internal && h("span", { class: "badge internal" }, t("ticket.internal")), " ",
    h("button", { type: "button", onclick: () => download(file) }, t("ticket.download")))));
}

export function attachmentsSection(ticket: Ticket, reload: () => Promise<void>): HTMLElement {
  return h("section", { "aria-labelledby": "attachments-title" },
    h("h2", { id: "attachments-title" }, t("ticket.attachments")),
    fileList(ticket.attachments),
    ticket.status !== TicketStatus.CLOSED && uploadForm(ticket.name, reload));
}

function uploadForm(name: string, reload: () => Promise<void>): HTMLElement {
  const form = h("form", { class: "upload" },
    field(t("upload.file"), h("input", { name: "file", type: "file", required: true }), "metadata.file_name"),
    formAlert(),
    h("button", { type: "submit" }, t("upload.submit")));
  onSubmit(form, async data => {
    await upload(name, data.get("file") as File);
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
