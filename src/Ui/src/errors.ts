import { Code, ConnectError } from "@connectrpc/connect";
import { BadRequestSchema, PreconditionFailureSchema } from "./gen/google/rpc/error_details_pb";
import { h, mount } from "./html";
import { t } from "./i18n";

/** What went wrong, as a person should read it: a summary and, per field path, the server's violation. */
export interface Problem {
  code: Code;
  message: string;
  fields: Map<string, string>;
}

/** Reads the google.rpc.Status details; statuses that are not the user's doing get a general text, never raw exception text. */
export function problemOf(error: unknown): Problem {
  const connect = ConnectError.from(error);
  const fields = new Map<string, string>();
  for (const badRequest of connect.findDetails(BadRequestSchema))
    for (const violation of badRequest.fieldViolations) fields.set(violation.field, violation.description);
  const precondition = connect.findDetails(PreconditionFailureSchema).flatMap(p => p.violations.map(v => v.description));
  return { code: connect.code, message: precondition[0] ?? summaryOf(connect), fields };
}

/** Shows a failed load in place of what it was to show. */
export function showFailure(target: Element): (error: unknown) => void {
  return error => mount(target, h("p", { class: "problem", role: "alert" }, problemOf(error).message));
}

function summaryOf(error: ConnectError): string {
  switch (error.code) {
    case Code.InvalidArgument:
    case Code.FailedPrecondition:
    case Code.AlreadyExists:
      return error.rawMessage;
    case Code.Aborted: return t("error.stale");
    case Code.NotFound: return t("error.notFound");
    case Code.PermissionDenied: return t("error.forbidden");
    case Code.Unauthenticated: return t("error.signIn");
    case Code.Unavailable: return t("error.unavailable");
    default: return t("error.unexpected");
  }
}

/** Shows each violation next to its field ([data-field]) and the rest in the form's alert. */
export function showProblem(form: HTMLElement, problem: Problem): void {
  clearProblem(form);
  const unplaced: string[] = [];
  for (const [path, description] of problem.fields) {
    const slot = form.querySelector(`[data-error-for="${CSS.escape(path)}"]`);
    if (slot) {
      slot.textContent = description;
      form.querySelector(`[data-field="${CSS.escape(path)}"]`)?.setAttribute("aria-invalid", "true");
    } else unplaced.push(description);
  }
  const alert = form.querySelector(".form-alert");
  if (alert) alert.textContent = problem.fields.size > 0 && unplaced.length === 0 ? t("error.checkFields") : [problem.message, ...unplaced].join(" ");
}

export function clearProblem(form: HTMLElement): void {
  form.querySelectorAll(".field-error, .form-alert").forEach(e => (e.textContent = ""));
  form.querySelectorAll("[aria-invalid]").forEach(e => e.removeAttribute("aria-invalid"));
}
