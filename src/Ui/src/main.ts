import "./style.css";
import { currentAccount, isAgent, mayListEscalations, resumeSession, signOut } from "./api";
import { whenSignedOut } from "./forms";
import { h, mount } from "./html";
import { t } from "./i18n";
import { startLive, stopLive } from "./live";
import { deliveriesScreen } from "./screens/deliveries";
import { deliveryScreen } from "./screens/delivery";
import { escalationsScreen } from "./screens/escalations";
import { newTicketScreen } from "./screens/newTicket";
import { queueScreen } from "./screens/queue";
import { signInScreen } from "./screens/signIn";
import { ticketScreen } from "./screens/ticket";

// Hash routes: #/queue, #/tickets/SD-12, #/new, #/deliveries, #/deliveries/{id}, #/escalations; anything else while signed out shows the sign-in.

const header = document.getElementById("top")!;
const main = document.getElementById("main")!;
let leave: (() => void) | undefined;

function route(): void {
  leave?.();
  leave = undefined;
  if (!currentAccount()) {
    mount(header);
    signInScreen(main, () => {
      startLive(live => header.setAttribute("data-live", String(live)), endSession);
      go("#/queue");
    });
    return;
  }
  renderHeader();
  const [, screen, key] = location.hash.split("/");
  if (screen === "tickets" && key) leave = ticketScreen(main, decodeURIComponent(key));
  else if (screen === "new") newTicketScreen(main, created => go(`#/tickets/${created}`));
  else if (screen === "deliveries" && key) deliveryScreen(main, `deliveries/${decodeURIComponent(key)}`);
  else if (screen === "deliveries") deliveriesScreen(main, planned => go(`#/${planned}`));
  else if (screen === "escalations" && mayListEscalations()) escalationsScreen(main);
  else leave = queueScreen(main);
  main.focus({ preventScroll: true });
}

function renderHeader(): void {
  mount(header,
    h("nav", { "aria-label": "ServiceDesk" },
      h("a", { class: "brand", href: "#/queue" }, t("app.title")),
      h("a", { href: "#/queue" }, t("nav.queue")),
      h("a", { href: "#/deliveries" }, t("nav.deliveries")),
      mayListEscalations() && h("a", { href: "#/escalations" }, t("nav.escalations")),
      h("a", { href: "#/new" }, isAgent() ? t("nav.phone") : t("nav.new")),
      h("span", { class: "live", role: "status" }, h("span", { class: "on" }, t("live.on")), h("span", { class: "off" }, t("live.off"))),
      h("span", { class: "who" }, currentAccount()!.displayName),
      h("button", { type: "button", onclick: endSession }, t("nav.signOut"))));
}

function endSession(): void {
  stopLive();
  signOut();
  header.removeAttribute("data-live");
  go("");
}

function go(hash: string): void {
  if (location.hash === hash) route();
  else location.hash = hash;
}

whenSignedOut(endSession);
window.addEventListener("hashchange", route);
void resumeSession().then(resumed => {
  if (resumed) startLive(live => header.setAttribute("data-live", String(live)), endSession);
  route();
});
