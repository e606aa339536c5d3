namespace ServiceDesk.Application.Abstractions;

/// <summary>
/// A secret token per ticket, carried in the Reply-To address and the Message-ID/References of every e-mail about it,
/// so that a reply can be matched to its ticket without trusting the subject.
/// </summary>
public interface IReplyTokens
{
    string For(long ticketId);

    bool Matches(long ticketId, string token);
}
