import { timestampDate, type Timestamp } from "@bufbuild/protobuf/wkt";
import { Code } from "@connectrpc/connect";
import { escalations, isAgent } from "./api";
import { escalationSteps, levelLabel } from "./escalationSteps";
import { problemOf, showFailure } from "./errors";
import { stepForm } from "./forms";
import { EscalationReason, EscalationState, EscalationStepKind, type Escalation, type EscalationStep } from "./gen/servicedesk/escalations/v1/escalation_pb";
import type { Ticket } from "./gen/servicedesk/tickets/v1/ticket_pb";
import { facts, h, mount } from "./html";
import { formatTime, label, t } from "./i18n";

const time = (value: Timestamp | undefined) => formatTime(value && timestampDate(value));

/**
 * The ticket's escalation (SPEC section 9): its level and state for everyone, its owner, outcome and history for agents,
 * and the steps the viewer may take. The section outlives the ticket's re-renders and is drawn again only when the
 * escalation changed, so a half-written note survives a live update of the ticket.
 */
export function ticketEscalation(): { element: HTMLElement; show: (ticket: Ticket) => void } {
  const element = h("section", { class: "escalation", "aria-labelledby": "escalation-title" });
  let drawn = "";

  function draw(ticket: Ticket, escalation: Escalation | undefined): void {
    drawn = stateOf(ticket, escalation);
    const agent = isAgent();
    mount(element,
      h("h2", { id: "escalation-title" }, t("escalation.title")),
      escalation ? escalationFacts(escalation, agent) : h("p", {}, t("escalation.none")),
      agent && escalation && escalation.steps.length > 0 && history(escalation.steps),
      escalationSteps(ticket, escalation, agent).map(step => stepForm(step, escalation, shown => draw(ticket, shown))));
  }

  function show(ticket: Ticket): void {
    escalations.getTicketEscalation({ ticket: ticket.name })
      .catch(error => {
        if (problemOf(error).code === Code.NotFound) return undefined;
        throw error;
      })
      .then(escalation => { if (stateOf(ticket, escalation) !== drawn) draw(ticket, escalation); })
      .catch(showFailure(element));
  }

  return { element, show };
}

/** What the section shows depends on: the escalation's version, and whether the ticket may still be escalated. */
function stateOf(ticket: Ticket, escalation: Escalation | undefined): string {
  return `${escalation?.name}:${escalation?.etag}:${ticket.status}`;
}

function escalationFacts(escalation: Escalation, agent: boolean): HTMLElement {
  const rows: [string, string][] = [
    [t("escalation.level"), levelLabel(escalation.level)],
    [t("escalation.state"), label("estate", EscalationState, escalation.state)],
    [t("escalation.reason"), label("ereason", EscalationReason, escalation.reason)],
    [t("escalation.description"), escalation.description],
    [t("escalation.raisedBy"), escalation.raisedByName],
    [t("escalation.opened"), time(escalation.openTime)],
    [t("escalation.levelSince"), time(escalation.levelTime)],
  ];
  if (agent) rows.push(
    [t("escalation.owner"), escalation.ownerName && `${escalation.ownerName} <${escalation.ownerEmail}>`],
    [t("escalation.outcome"), escalation.outcome],
    [t("escalation.resolved"), time(escalation.resolveTime)]);
  return facts(rows, { "data-escalation": escalation.name, "data-level": escalation.level, "data-state": EscalationState[escalation.state] });
}

function history(steps: EscalationStep[]): HTMLElement {
  return h("ol", { class: "activity", "aria-label": t("escalation.history") }, steps.map(step =>
    h("li", { "data-kind": EscalationStepKind[step.kind] },
      h("div", { class: "meta" },
        h("strong", {}, step.actorName), " ", label("ekind", EscalationStepKind, step.kind), " · ", levelLabel(step.level), " · ", time(step.time)),
      step.reason !== EscalationReason.UNSPECIFIED && h("div", {}, label("ereason", EscalationReason, step.reason)),
      step.text && h("p", { class: "text" }, step.text))));
}
