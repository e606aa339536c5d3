import { Code } from "@connectrpc/connect";
import { currentAccount, isAgent, tickets } from "./api";
import { formAlert, formNumber, formText, onSubmit } from "./forms";
import { TicketStatus, type Ticket } from "./gen/servicedesk/tickets/v1/ticket_pb";
import { field, h, select } from "./html";
import { t } from "./i18n";
import { shareOptions } from "./share";

/** The paths of UpdateTicket: every field the form shows. */
const paths = ["title", "description", "your_reference", "product", "share_with", "confidential"];

/**
 * The reporter's or an agent's edit of the descriptive fields (UpdateTicket with the etag). While the form is open it
 * keeps the ticket it was filled from, so a change someone made meanwhile is refused on saving: the form then says so
 * and shows the ticket as it is now. It outlives the ticket's re-renders, so live updates keep what is being typed.
 */
export function ticketEditor(shown: (ticket: Ticket) => void): { element: HTMLElement; show: (ticket: Ticket) => void } {
  const title = h("input", { name: "title" });
  const description = h("textarea", { name: "description", rows: 5 });
  const yourReference = h("input", { name: "your_reference" });
  const product = h("input", { name: "product" });
  const shareWith = select("share_with", shareOptions());
  const confidential = h("input", { type: "checkbox", name: "confidential" });
  const form = h("form", {},
    field(t("new.titleField"), title, "ticket.title"),
    field(t("ticket.description"), description, "ticket.description"),
    field(t("ticket.yourReference"), yourReference, "ticket.your_reference"),
    field(t("ticket.product"), product, "ticket.product"),
    field(t("ticket.shareWith"), shareWith, "ticket.share_with"),
    h("label", { class: "check" }, confidential, " ", t("ticket.confidential")),
    formAlert(),
    h("button", { type: "submit", class: "primary" }, t("edit.save")));
  const element = h("details", { class: "card edit" }, h("summary", {}, t("edit.title")), form);
  let read: Ticket | undefined;

  function fill(ticket: Ticket): void {
    read = ticket;
    title.value = ticket.title;
    description.value = ticket.description;
    yourReference.value = ticket.yourReference;
    product.value = ticket.product;
    shareWith.value = String(ticket.shareWith);
    confidential.checked = ticket.confidential;
  }

  function reread(): void {
    tickets.getTicket({ name: read!.name }).then(fresh => {
      fill(fresh);
      shown(fresh);
    }, () => undefined);
  }

  onSubmit(form, async data => {
    const updated = await tickets.updateTicket({
      ticket: {
        name: read!.name, etag: read!.etag,
        title: formText(data, "title"), description: formText(data, "description"), yourReference: formText(data, "your_reference"),
        product: formText(data, "product"), shareWith: formNumber(data, "share_with"), confidential: data.get("confidential") === "on",
      },
      updateMask: { paths },
    });
    element.open = false;
    fill(updated);
    shown(updated);
  }, problem => { if (problem.code === Code.Aborted) reread(); });

  return {
    element,
    show: ticket => {
      element.hidden = ticket.status === TicketStatus.CLOSED || !(isAgent() || ticket.reporter === currentAccount()!.name);
      if (!element.open) fill(ticket);
    },
  };
}
