import { Code } from "@connectrpc/connect";
import { clearProblem, problemOf, showProblem, type Problem } from "./errors";
import { h } from "./html";

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
