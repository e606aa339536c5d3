import { signIn } from "../api";
import { formAlert, onSubmit } from "../forms";
import { field, h, mount } from "../html";
import { t } from "../i18n";

export function signInScreen(main: HTMLElement, signedIn: () => void): void {
  const form = h("form", { class: "card narrow", "aria-labelledby": "sign-in-title" },
    h("h1", { id: "sign-in-title" }, t("signIn.title")),
    field(t("signIn.email"), h("input", { name: "email", type: "email", autocomplete: "username", required: true }), "email"),
    field(t("signIn.password"), h("input", { name: "password", type: "password", autocomplete: "current-password", required: true }), "password"),
    formAlert(),
    h("button", { type: "submit", class: "primary" }, t("signIn.submit")));
  onSubmit(form, async data => {
    await signIn(String(data.get("email")), String(data.get("password")));
    signedIn();
  });
  mount(main, form);
  form.querySelector("input")?.focus();
}
