import { isAgent, tickets } from "../api";
import { showFailure } from "../errors";
import { formAlert, onSubmit } from "../forms";
import { field, h, mount, select } from "../html";
import { t } from "../i18n";
import { contactsOf, loadNames, namesOf } from "../names";
import { shareOptions } from "../share";

/**
 * A contact raises an Incident (with the structured fault description) or a Request; an agent records one from a phone
 * call on a contact's behalf (the service sets the channel Phone and the contact as reporter).
 */
export function newTicketScreen(main: HTMLElement, created: (key: string) => void): void {
  if (isAgent()) loadNames().then(() => mount(main, ticketForm(true, created)), showFailure(main));
  else mount(main, ticketForm(false, created));
}

function ticketForm(agent: boolean, created: (key: string) => void): HTMLFormElement {
  const incidentOnly = h("fieldset", { class: "incident" }, h("legend", {}, t("ticket.incident")),
    field(t("ticket.product"), h("input", { name: "product" }), "product"),
    field(t("ticket.url"), h("input", { name: "url", type: "url" }), "incident_details.url"),
    field(t("ticket.steps"), h("textarea", { name: "steps", rows: 3 }), "incident_details.steps_to_reproduce"),
    field(t("ticket.observed"), h("textarea", { name: "observed", rows: 2 }), "incident_details.observed_behaviour"),
    field(t("ticket.expected"), h("textarea", { name: "expected", rows: 2 }), "incident_details.expected_behaviour"));
  const kind = (value: string, text: string, checked: boolean) =>
    h("label", { class: "check" }, h("input", { type: "radio", name: "kind", value, checked, onchange: () => (incidentOnly.hidden = value !== "incident") }), " ", text);
  const form = h("form", { class: "card", "aria-labelledby": "new-title" },
    h("h1", { id: "new-title" }, agent ? t("new.phoneTitle") : t("new.title")),
    agent && callerFields(),
    h("fieldset", {}, h("legend", {}, t("new.kind")), kind("incident", t("new.incident"), true), kind("request", t("new.request"), false)),
    field(t("new.titleField"), h("input", { name: "title" }), "ticket.title"),
    field(t("ticket.description"), h("textarea", { name: "description", rows: 6 }), "ticket.description"),
    field(t("ticket.yourReference"), h("input", { name: "reference" }), "ticket.your_reference"),
    field(t("ticket.shareWith"), select("share", shareOptions()), "ticket.share_with"),
    h("label", { class: "check" }, h("input", { type: "checkbox", name: "confidential" }), " ", t("ticket.confidential")),
    incidentOnly,
    formAlert(),
    h("button", { type: "submit", class: "primary" }, t("new.submit")));
  // One request id per form: a retried submit returns the first ticket instead of raising a second.
  const requestId = crypto.randomUUID();
  onSubmit(form, async data => {
    const text = (name: string) => String(data.get(name) ?? "");
    const ticket = {
      title: text("title"), description: text("description"), yourReference: text("reference"),
      shareWith: Number(data.get("share")), confidential: data.get("confidential") === "on", onBehalfOf: text("contact"), requestId,
    };
    const reply = text("kind") === "incident"
      ? await tickets.createIncident({
        ticket, product: text("product"),
        incidentDetails: { url: text("url"), stepsToReproduce: text("steps"), observedBehaviour: text("observed"), expectedBehaviour: text("expected") },
      })
      : await tickets.createRequest({ ticket });
    created(reply.key);
  });
  return form;
}

/** The caller: choosing the organisation lists its contacts to choose from. */
function callerFields(): HTMLElement {
  const choose: [string, string] = ["", t("new.choose")];
  const contact = select("contact", [choose]);
  const organization = select("organization", [choose, ...namesOf("organizations/")]);
  const channel = h("div", { class: "hint" }, t("new.phoneChannel"));
  organization.addEventListener("change", () => {
    contactsOf(organization.value).then(
      contacts => mount(contact, [choose, ...contacts].map(([value, text]) => h("option", { value }, text))),
      showFailure(channel));
  });
  return h("fieldset", {}, h("legend", {}, t("new.caller")),
    field(t("queue.organization"), organization, "organization"),
    field(t("new.contact"), contact, "ticket.on_behalf_of"),
    channel);
}
