import { escalations } from "./api";
import { choiceInput as choice, formNumber as num, formText as get, longInput as long, type Step } from "./forms";
import { EscalationReason as R, EscalationState, type Escalation } from "./gen/servicedesk/escalations/v1/escalation_pb";
import { TicketStatus, type Ticket } from "./gen/servicedesk/tickets/v1/ticket_pb";
import { t } from "./i18n";

// The steps offered on a ticket's escalation (SPEC section 9). The service decides; this table only offers what the
// escalation's state and level allow: a contact escalates (a second press raises the open escalation), an agent escalates
// on the customer's behalf while none is open, and notes, raises and resolves an open one.

type Shown = Escalation | undefined;

const topLevel = 3;
const levels = ["elevel.0", "elevel.1", "elevel.2", "elevel.3"] as const;
export const reasons = [R.TICKET_HANDLING, R.PRODUCT_QUALITY, R.REACTION_TIME_EXCEEDED, R.RESTORATION_TIME_EXCEEDED];

/** "1 Head of support", in the reader's language. */
export const levelLabel = (level: number) => (levels[level] ? t(levels[level]) : String(level));

const reasonAndWhy = () => [...choice("reason", t("escalation.reason"), "ereason", R, reasons)(), ...long("description", t("escalation.description"))()];

export function escalationSteps(ticket: Ticket, escalation: Shown, agent: boolean): Step<Shown>[] {
  const steps: Step<Shown>[] = [];
  const add = (allowed: boolean, step: Step<Shown>) => { if (allowed) steps.push(step); };
  const open = escalation?.state === EscalationState.OPEN;
  const belowTop = (escalation?.level ?? 0) < topLevel;
  // One request id per offered form: a retried press returns the escalation instead of raising it once more.
  const requestId = crypto.randomUUID();

  add(ticket.status !== TicketStatus.CLOSED && (agent ? !open : !open || belowTop), {
    id: "escalate", title: agent ? t("escalation.onBehalf") : open ? t("escalation.escalateAgain") : t("escalation.escalate"),
    inputs: reasonAndWhy,
    run: (_, f) => escalations.escalateTicket({ ticket: ticket.name, reason: num(f, "reason"), description: get(f, "description"), requestId }),
  });
  if (!agent || !open) return steps;
  const ref = { name: escalation.name, etag: escalation.etag };
  add(true, { id: "addNote", title: t("estep.note"), inputs: long("text", t("step.note")), run: (_, f) => escalations.addEscalationNote({ ...ref, text: get(f, "text") }) });
  add(belowTop, {
    id: "raise", title: t("estep.raise"), inputs: reasonAndWhy,
    run: (_, f) => escalations.raiseEscalation({ ...ref, reason: num(f, "reason"), description: get(f, "description") }),
  });
  add(true, { id: "resolve", title: t("estep.resolve"), inputs: long("outcome", t("estep.outcome")), run: (_, f) => escalations.resolveEscalation({ ...ref, outcome: get(f, "outcome") }) });
  return steps;
}
