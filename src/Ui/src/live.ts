import { Code, ConnectError } from "@connectrpc/connect";
import { tickets } from "./api";
import type { TicketSummary } from "./gen/servicedesk/tickets/v1/ticket_service_pb";

// One WatchTickets stream per signed-in page. After a dropped connection it resumes from the last event's token,
// so nothing is missed; the screens subscribe to the changes they show.

type Listener = (ticket: TicketSummary) => void;

const listeners = new Set<Listener>();
let running: AbortController | undefined;

export function onTicketChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function startLive(onState: (live: boolean) => void, onSignedOut: () => void): void {
  stopLive();
  const controller = new AbortController();
  running = controller;
  void watch(controller.signal, onState, onSignedOut);
}

export function stopLive(): void {
  running?.abort();
  running = undefined;
}

async function watch(signal: AbortSignal, onState: (live: boolean) => void, onSignedOut: () => void): Promise<void> {
  let resumeToken = "";
  let delay = 250;
  while (!signal.aborted) {
    try {
      for await (const event of tickets.watchTickets({ resumeToken }, { signal })) {
        resumeToken = event.resumeToken;
        delay = 250;
        onState(true);
        if (event.ticket) for (const listener of listeners) listener(event.ticket);
      }
    } catch (error) {
      if (signal.aborted) return;
      const code = ConnectError.from(error).code;
      if (code === Code.Unauthenticated) return onSignedOut();
      if (code === Code.InvalidArgument) resumeToken = "";
    }
    onState(false);
    await new Promise(resolve => setTimeout(resolve, delay));
    delay = Math.min(delay * 2, 5000);
  }
}
