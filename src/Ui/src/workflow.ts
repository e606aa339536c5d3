import { tickets } from "./api";
import { Department, FaultCategory, Priority, Resolution, TicketStatus as S, TicketType as T, type Ticket } from "./gen/servicedesk/tickets/v1/ticket_pb";
import { choiceInput as choice, formNumber as num, formText as get, longInput as long, textInput as text, type Step as StepOf } from "./forms";
import { t } from "./i18n";

// The workflow steps offered on a ticket. The service decides (a refused step answers FAILED_PRECONDITION with its
// reason); this table only keeps buttons away that the status gates of SPEC section 5 would refuse anyway.

export type Step = StepOf<Ticket>;

export interface Viewer {
  agent: boolean;
  account: string;
}

const defects = [T.SOFTWARE_DEFECT, T.NON_SOFTWARE_DEFECT];
const intake = [T.INCIDENT, T.REQUEST];
const targets = [T.SOFTWARE_DEFECT, T.NON_SOFTWARE_DEFECT, T.CONSULTING_REQUEST, T.SUPPORT_REQUEST, T.CUSTOMISATION, T.SUGGESTION];
const departments = [Department.DEVELOPMENT, Department.TECHNICAL_SERVICES, Department.MANAGED_SERVICES, Department.BUSINESS_CONSULTING,
  Department.DEPLOYMENT, Department.PRODUCT_MANAGEMENT, Department.SALES];
const resolutions = [Resolution.FIXED, Resolution.NO_DEFECT, Resolution.WONT_FIX, Resolution.ANSWERED, Resolution.FORWARDED_TO_PRODUCT_MANAGEMENT];

export const ref = (ticket: Ticket) => ({ name: ticket.name, etag: ticket.etag });

export function availableSteps(ticket: Ticket, viewer: Viewer): Step[] {
  const { status, type } = ticket;
  const is = (...statuses: S[]) => statuses.includes(status);
  const steps: Step[] = [];
  const add = (allowed: boolean, step: Step) => { if (allowed) steps.push(step); };
  const agent = viewer.agent;

  add(agent && is(S.OPENED), { id: "accept", title: t("step.accept"), run: k => tickets.acceptTicket(ref(k)) });
  add(agent && is(S.PRE_CHECK), { id: "startReview", title: t("step.startReview"), run: k => tickets.startReview(ref(k)) });
  add(agent && is(S.PRE_CHECK, S.IN_REVIEW, S.IN_PROGRESS, S.ESTIMATION_IN_PROGRESS), {
    id: "requestClarification", title: t("step.requestClarification"), inputs: long("question", t("step.question")),
    run: (k, f) => tickets.requestClarification({ ...ref(k), question: get(f, "question") }),
  });
  add(agent && is(S.PRE_CHECK, S.IN_REVIEW, S.CLARIFICATION_REQUIRED, S.IN_PROGRESS), {
    id: "reclassify", title: t("step.reclassify"), inputs: choice("type", t("queue.type"), "type", T, targets.filter(x => x !== type)),
    run: (k, f) => tickets.reclassifyTicket({ ...ref(k), type: num(f, "type") }),
  });
  add(agent && defects.includes(type) && !is(S.RESOLVED, S.CLOSED), {
    id: "setPriority", title: t("step.setPriority"),
    inputs: () => [
      ...choice("fault_category", t("ticket.faultCategory"), "category", FaultCategory, [FaultCategory.SOFTWARE_USABILITY, FaultCategory.SYSTEM_AVAILABILITY])(),
      ...choice("priority", t("queue.priority"), "priority", Priority, [Priority.P1, Priority.P2, Priority.P3, Priority.P4])(),
    ],
    run: (k, f) => tickets.setPriority({ ...ref(k), faultCategory: num(f, "fault_category"), priority: num(f, "priority") }),
  });
  add(agent && type === T.SOFTWARE_DEFECT && is(S.IN_REVIEW) && !ticket.reproduceTime, {
    id: "markReproduced", title: t("step.markReproduced"), run: k => tickets.markReproduced(ref(k)),
  });
  add(agent && (type === T.CUSTOMISATION ? is(S.ORDERED) && !!ticket.conceptApproveTime
    : is(S.IN_REVIEW) && [T.SOFTWARE_DEFECT, T.NON_SOFTWARE_DEFECT, T.CONSULTING_REQUEST].includes(type)), {
    id: "startProgress", title: t("step.startProgress"), run: k => tickets.startProgress(ref(k)),
  });
  add(agent && type === T.CONSULTING_REQUEST && is(S.IN_REVIEW, S.IN_PROGRESS), {
    id: "forward", title: t("step.forward"), inputs: choice("department", t("step.department"), "department", Department, departments),
    run: (k, f) => tickets.forwardTicket({ ...ref(k), department: num(f, "department") }),
  });
  add(agent && [T.SOFTWARE_DEFECT, T.CONSULTING_REQUEST, T.CUSTOMISATION].includes(type) && is(S.IN_PROGRESS, S.DELIVERY_PENDING), {
    id: "setFixVersion", title: t("step.setFixVersion"), inputs: text("fix_version", t("ticket.fixVersion")),
    run: (k, f) => tickets.setFixVersion({ ...ref(k), fixVersion: get(f, "fix_version") }),
  });
  add(agent && is(S.DELIVERY_PENDING), { id: "markDelivered", title: t("step.markDelivered"), run: k => tickets.markDelivered(ref(k)) });
  add(agent && !intake.includes(type) && is(S.IN_REVIEW, S.IN_PROGRESS, S.DELIVERY_PENDING), {
    id: "resolve", title: t("step.resolve"),
    inputs: () => [...choice("resolution", t("ticket.resolution"), "resolution", Resolution, resolutions)(), ...long("note", t("step.note"))()],
    run: (k, f) => tickets.resolveTicket({ ...ref(k), resolution: num(f, "resolution"), note: get(f, "note") }),
  });
  add(is(S.RESOLVED), { id: "confirm", title: t("step.confirm"), run: k => tickets.confirmResolution(ref(k)) });
  add(is(S.RESOLVED), {
    id: "reopen", title: t("step.reopen"), inputs: long("reason", t("step.reason")),
    run: (k, f) => tickets.reopenTicket({ ...ref(k), reason: get(f, "reason") }),
  });
  add(agent && type === T.CUSTOMISATION && is(S.IN_REVIEW), {
    id: "requestEstimation", title: t("step.requestEstimation"), run: k => tickets.requestEstimation(ref(k)),
  });
  add(agent && is(S.ESTIMATION_IN_PROGRESS), {
    id: "provideEstimation", title: t("step.provideEstimation"), inputs: long("estimation", t("step.estimation")),
    run: (k, f) => tickets.provideEstimation({ ...ref(k), estimation: get(f, "estimation") }),
  });
  add(agent && is(S.ESTIMATION_AVAILABLE), { id: "recordOrder", title: t("step.recordOrder"), run: k => tickets.recordOrder(ref(k)) });
  add(agent && is(S.ESTIMATION_AVAILABLE), { id: "recordNotOrdered", title: t("step.recordNotOrdered"), run: k => tickets.recordNotOrdered(ref(k)) });
  add(type === T.CUSTOMISATION && is(S.ORDERED) && !ticket.conceptApproveTime, {
    id: "approveConcept", title: t("step.approveConcept"), run: k => tickets.approveConcept(ref(k)),
  });
  add(agent && !is(S.CLOSED) && ticket.assignee !== viewer.account, {
    id: "assignToMe", title: t("step.assignToMe"), run: k => tickets.assignTicket({ ...ref(k), assignee: viewer.account }),
  });
  add(agent && !is(S.CLOSED), {
    id: "closeAsDuplicate", title: t("step.duplicate"), inputs: text("duplicate_of", t("col.key")),
    run: (k, f) => tickets.closeAsDuplicate({ ...ref(k), duplicateOf: `tickets/${get(f, "duplicate_of").trim().toUpperCase()}` }),
  });
  add(!is(S.CLOSED, S.RESOLVED), {
    id: "withdraw", title: t("step.withdraw"), inputs: long("reason", t("step.reason")),
    run: (k, f) => tickets.withdrawTicket({ ...ref(k), reason: get(f, "reason") }),
  });
  return steps;
}
