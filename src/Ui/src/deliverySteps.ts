import { deliveries } from "./api";
import { DeliveryMilestone as M, DeliveryRoute, DeliveryStatus as S, type Delivery } from "./gen/servicedesk/deliveries/v1/delivery_pb";
import { field, h, select } from "./html";
import { formDate, formText as get, formTime, longInput as long, textInput as text, type Step } from "./forms";
import { label, t } from "./i18n";

// The agents' steps on a delivery (SPEC section 8). The service decides; this table only offers what the delivery's
// status, milestone and route allow, as the Delivery aggregate checks them.

const ref = (delivery: Delivery) => ({ name: delivery.name, etag: delivery.etag });

export function deliverySteps(delivery: Delivery): Step<Delivery>[] {
  const planned = delivery.status === S.PLANNED;
  const released = delivery.milestone === M.RELEASED;
  const installs = delivery.route === DeliveryRoute.INSTALLATION;
  const nextInstallation = planned && released ? (delivery.stagingSystem ? "staging" : "production")
    : delivery.status === S.STAGE_INSTALLATION_COMPLETED ? "production" : undefined;
  const steps: Step<Delivery>[] = [];
  const add = (allowed: boolean, step: Step<Delivery>) => { if (allowed) steps.push(step); };

  add(planned, {
    id: "setEstimatedDate", title: t("dstep.setDate"),
    inputs: () => [...text("estimated_date", t("delivery.estimatedDate"), "date")(), ...long("reason", t("step.reason"))()],
    run: (d, f) => deliveries.setEstimatedDate({ ...ref(d), estimatedDate: formDate(f, "estimated_date"), reason: get(f, "reason") }),
  });
  add(planned && !released, {
    id: "recordMilestone", title: `${t("dstep.milestone")} ${label("milestone", M, delivery.milestone + 1)}`,
    run: d => deliveries.recordMilestone({ ...ref(d), milestone: d.milestone + 1 }),
  });
  add(planned, {
    id: "addDocument", title: t("dstep.addDocument"),
    inputs: () => [...text("title", t("new.titleField"))(), ...text("url", t("ticket.url"), "url")()],
    run: (d, f) => deliveries.addDocument({ ...ref(d), title: get(f, "title"), url: get(f, "url") }),
  });
  add(planned && !delivery.ticketsFrozen, {
    id: "addTicket", title: t("dstep.addTicket"),
    inputs: () => [...text("ticket", t("col.key"))(), ...long("reason", t("step.reason"))()],
    run: (d, f) => deliveries.addTicket({ ...ref(d), ticket: `tickets/${get(f, "ticket").trim().toUpperCase()}`, reason: get(f, "reason") }),
  });
  add(planned && !delivery.ticketsFrozen && delivery.tickets.length > 0, {
    id: "removeTicket", title: t("dstep.removeTicket"),
    inputs: () => [field(t("col.key"), select("ticket", delivery.tickets.map(ticket => [ticket.name, `${ticket.key} ${ticket.title}`])), "ticket"),
      ...long("reason", t("step.reason"))()],
    run: (d, f) => deliveries.removeTicket({ ...ref(d), ticket: get(f, "ticket"), reason: get(f, "reason") }),
  });
  add(planned && released && !installs, {
    id: "handOver", title: t("dstep.handOver"),
    inputs: () => [...text("download_location", t("delivery.downloadLocation"))(), ...long("message", t("dstep.message"))()],
    run: (d, f) => deliveries.handOverPackage({ ...ref(d), downloadLocation: get(f, "download_location"), message: get(f, "message") }),
  });
  add(installs && nextInstallation !== undefined, {
    id: "announceMaintenance", title: t("dstep.announce"),
    inputs: () => [field(t("dstep.maintenanceTime"), h("input", { name: "maintenance_time", type: "datetime-local" }), "maintenance_time")],
    run: (d, f) => deliveries.announceMaintenance({ ...ref(d), maintenanceTime: formTime(f, "maintenance_time") }),
  });
  add(installs && nextInstallation === "staging", {
    id: "completeStageInstallation", title: t("dstep.stage"), run: d => deliveries.completeStageInstallation(ref(d)),
  });
  add(installs && nextInstallation === "production", {
    id: "completeInstallation", title: t("dstep.install"), run: d => deliveries.completeInstallation(ref(d)),
  });
  return steps;
}
