import { timestampFromDate } from "@bufbuild/protobuf/wkt";
import { Code } from "@connectrpc/connect";
import { clearProblem, problemOf, showProblem, type Problem } from "./errors";
import { field, h, select } from "./html";
import { label } from "./i18n";

let onSignedOut: () => void = () => {};

/** Where a call refused for want of a valid sign-in leads (set once by main). */
export function whenSignedOut(handler: () => void): void {
  onSignedOut = handler;
}

/** The form's alert for messages that belong to no single field. */
export function formAlert(): HTMLElement {
  return h("p", { class: "form-alert", role: "alert" });
}

/** Runs the action on submit: the button is busy meanwhile, and a refusal is shown next to its fields. */
export function onSubmit(form: HTMLFormElement, action: (data: FormData) => Promise<void>, onProblem?: (problem: Problem) => void): void {
  form.addEventListener("submit", async event => {
    event.preventDefault();
    const buttons = form.querySelectorAll<HTMLButtonElement>("button");
    buttons.forEach(b => (b.disabled = true));
    clearProblem(form);
    try {
      await action(new FormData(form));
    } catch (error) {
      const problem = problemOf(error);
      if (problem.code === Code.Unauthenticated) return onSignedOut();
      showProblem(form, problem);
      onProblem?.(problem);
    } finally {
      buttons.forEach(b => (b.disabled = false));
    }
  });
}

/** A workflow step on a ticket or a delivery: a button, with the form controls the step needs. */
export interface Step<T> {
  id: string;
  title: string;
  /** Form controls the step needs, named after the request's fields. */
  inputs?: () => HTMLElement[];
  run: (subject: T, form: FormData) => Promise<T>;
}

export function stepForm<T>(step: Step<T>, subject: T, shown: (subject: T) => void): HTMLElement {
  const form = h("form", { class: "step", "data-step": step.id }, step.inputs?.() ?? [], formAlert(),
    h("button", { type: "submit" }, step.title));
  onSubmit(form, async data => shown(await step.run(subject, data)));
  return form;
}

// Inputs of steps, each named after its request field so the server's violations land next to it.
export const textInput = (name: string, title: string, type = "text") => () => [field(title, h("input", { name, type }), name)];
export const longInput = (name: string, title: string) => () => [field(title, h("textarea", { name, rows: 2 }), name)];
export const choiceInput = (name: string, title: string, prefix: string, enumObject: Record<number, string>, values: number[]) => () =>
  [field(title, select(name, values.map(v => [v, label(prefix, enumObject, v)] as [number, string])), name)];
export const formText = (form: FormData, name: string) => String(form.get(name) ?? "");
export const formNumber = (form: FormData, name: string) => Number(form.get(name));

/** A date input ("2026-12-24") as google.type.Date; empty stays empty, for the service to name the field. */
export function formDate(form: FormData, name: string): { year: number; month: number; day: number } | undefined {
  const [year, month, day] = formText(form, name).split("-").map(Number);
  return year ? { year, month, day } : undefined;
}

/** A datetime-local input as a timestamp, read in the browser's time zone. */
export function formTime(form: FormData, name: string) {
  const value = formText(form, name);
  return value ? timestampFromDate(new Date(value)) : undefined;
}
