import { createClient, type Interceptor } from "@connectrpc/connect";
import { createGrpcWebTransport } from "@connectrpc/connect-web";
import { AccountService, type Account, AccountKind, AgentRole, Language } from "./gen/servicedesk/accounts/v1/account_service_pb";
import { DeliveryService } from "./gen/servicedesk/deliveries/v1/delivery_service_pb";
import { EscalationService } from "./gen/servicedesk/escalations/v1/escalation_service_pb";
import { TicketService } from "./gen/servicedesk/tickets/v1/ticket_service_pb";
import { setLocale } from "./i18n";

// The page comes from the Api's web endpoint, so gRPC-web goes to the same origin (no CORS).

interface Session {
  token: string;
  account: Account;
}

const storageKey = "servicedesk.session";
let session: Session | undefined;

const bearer: Interceptor = next => request => {
  if (session) request.header.set("authorization", `Bearer ${session.token}`);
  return next(request);
};

const transport = createGrpcWebTransport({ baseUrl: location.origin, interceptors: [bearer] });

export const tickets = createClient(TicketService, transport);
export const accounts = createClient(AccountService, transport);
export const deliveries = createClient(DeliveryService, transport);
export const escalations = createClient(EscalationService, transport);

export function currentAccount(): Account | undefined {
  return session?.account;
}

export function isAgent(): boolean {
  return session?.account.kind === AccountKind.AGENT;
}

/** Team leads and administrators list the open escalations; the service refuses everyone else. */
export function mayListEscalations(): boolean {
  return isAgent() && session!.account.roles.some(role => role === AgentRole.TEAM_LEAD || role === AgentRole.ADMINISTRATOR);
}

export async function signIn(email: string, password: string): Promise<void> {
  const reply = await accounts.signIn({ email, password });
  if (!reply.account) throw new Error("Sign-in answered without an account.");
  startSession({ token: reply.accessToken, account: reply.account });
  sessionStorage.setItem(storageKey, JSON.stringify({ token: reply.accessToken, email }));
}

/** After a reload: the stored token is tried once; a refused one simply means signing in again. */
export async function resumeSession(): Promise<boolean> {
  const stored = sessionStorage.getItem(storageKey);
  if (!stored) return false;
  const { token } = JSON.parse(stored) as { token: string };
  session = { token, account: undefined as unknown as Account };
  try {
    startSession({ token, account: await accounts.getMyProfile({}) });
    return true;
  } catch {
    signOut();
    return false;
  }
}

export function signOut(): void {
  session = undefined;
  sessionStorage.removeItem(storageKey);
}

function startSession(started: Session): void {
  session = started;
  setLocale(started.account.language === Language.GERMAN ? "de" : "en", started.account.timeZone);
}
