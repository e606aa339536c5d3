import { isAgent, tickets } from "./api";
import { formText, stepForm, type Step } from "./forms";
import { TicketStatus, type Ticket } from "./gen/servicedesk/tickets/v1/ticket_pb";
import { field, h, select } from "./html";
import { t } from "./i18n";
import { contactsOf, loadNames, namesOf } from "./names";
import { ref } from "./workflow";

/** Whom an agent may add to a ticket: the contacts of its organisation, then the agents, as [account, display name]. */
export async function participantCandidates(organization: string): Promise<[string, string][]> {
  if (!isAgent()) return [];
  await loadNames();
  return [...await contactsOf(organization), ...namesOf("accounts/")];
}

/** Agents add participants to a ticket and remove them (AddParticipant, RemoveParticipant), each with the ticket's etag. */
export function participantsSection(ticket: Ticket, candidates: [string, string][], shown: (ticket: Ticket) => void): HTMLElement {
  const present = new Set(ticket.participants.map(p => p.account));
  const remove = (account: string, displayName: string): Step<Ticket> => ({
    id: "removeParticipant", title: `${t("participants.remove")}: ${displayName}`,
    run: k => tickets.removeParticipant({ ...ref(k), account }),
  });
  const add: Step<Ticket> = {
    id: "addParticipant", title: t("participants.add"),
    inputs: () => [field(t("participants.person"), select("account", candidates.filter(([account]) => !present.has(account))), "account")],
    run: (k, f) => tickets.addParticipant({ ...ref(k), account: formText(f, "account") }),
  };
  return h("section", { "data-section": "participants", "aria-labelledby": "participants-title" },
    h("h2", { id: "participants-title" }, t("participants.title")),
    ticket.participants.length > 0
      ? h("ul", {}, ticket.participants.map(p => h("li", { "data-participant": p.account }, p.displayName, stepForm(remove(p.account, p.displayName), ticket, shown))))
      : h("p", {}, t("participants.none")),
    ticket.status !== TicketStatus.CLOSED && stepForm(add, ticket, shown));
}
