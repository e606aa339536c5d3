import { isAgent } from "./api";
import { ShareWith } from "./gen/servicedesk/tickets/v1/ticket_pb";
import { label } from "./i18n";

// Whom a ticket is shared with, in the reader's words: a contact shares with "my organisation", an agent sees the reporter's.

export const shareLabel = (value: ShareWith) => label(isAgent() ? "share.reporter" : "share", ShareWith, value);

export const shareOptions = (): [ShareWith, string][] => [ShareWith.ORGANIZATION, ShareWith.ONLY_ME].map(value => [value, shareLabel(value)]);
