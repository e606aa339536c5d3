import { accounts, isAgent } from "./api";
import { AccountKind } from "./gen/servicedesk/accounts/v1/account_service_pb";

// Agents pick organisations and assignees by name; contacts see neither, so they never load them.

let names: Map<string, string> | undefined;

/** Display names of organisations (`organizations/…`) and agents (`accounts/…`), read once per page. */
export async function loadNames(): Promise<Map<string, string>> {
  if (names || !isAgent()) return names ?? new Map();
  const [organisations, agents] = await Promise.all([
    accounts.listOrganizations({ pageSize: 200 }),
    accounts.listAccounts({ kind: AccountKind.AGENT, pageSize: 200 }),
  ]);
  names = new Map([
    ...organisations.organizations.map(o => [o.name, o.displayName] as [string, string]),
    ...agents.accounts.map(a => [a.name, a.displayName] as [string, string]),
  ]);
  return names;
}

export function nameOf(resource: string): string {
  return names?.get(resource) ?? "";
}

/** The active contacts of one organisation as select options (agents only: the service lists accounts to agents). */
export async function contactsOf(organization: string): Promise<[string, string][]> {
  if (!organization) return [];
  const page = await accounts.listAccounts({ kind: AccountKind.CONTACT, organization, pageSize: 200 });
  return page.accounts.filter(a => a.active).map(a => [a.name, a.displayName]);
}

/** The loaded names of one kind of resource ("organizations/", "accounts/") as select options. */
export function namesOf(prefix: string): [string, string][] {
  return [...(names ?? [])].filter(([name]) => name.startsWith(prefix));
}
