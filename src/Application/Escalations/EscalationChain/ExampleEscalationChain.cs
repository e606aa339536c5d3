using ServiceDesk.Application.Abstractions;
using ServiceDesk.Domain.Accounts;
using ServiceDesk.Domain.Escalations;

namespace ServiceDesk.Application.Escalations.EscalationChain;

/// <summary>
/// On a database without an escalation chain, the four levels are created at start with role addresses as examples
/// (level 0 is reached through the region's team leads and the personal support contacts). Administrators replace them
/// with the real people through the API; a chain that exists is never touched.
/// </summary>
public sealed class ExampleEscalationChain(IEscalationChain chain, IUnitOfWork unitOfWork, TimeProvider clock)
{
    public static IReadOnlyList<EscalationContact[]> Contacts { get; } =
    [
        [],
        [Role("Head of Support", "head-of-support@example.test")],
        [Role("Head of Customer Services", "head-of-customer-services@example.test")],
        [Role("Chief Executive Officer", "board@example.test")],
    ];

    public async Task EnsureAsync(CancellationToken cancellationToken)
    {
        if ((await chain.ListAsync(cancellationToken)).Count > 0) return;
        for (var number = 0; number < Contacts.Count; number++)
            chain.Add(EscalationLevel.Create(number, Contacts[number], clock.GetUtcNow()).Value);
        try
        {
            await unitOfWork.SaveChangesAsync(cancellationToken);
        }
        catch (DuplicateRequestException)
        {
            // Another instance starting at the same moment created the chain.
        }
    }

    private static EscalationContact Role(string name, string email) => new(name, email, Language.English, "Europe/Berlin");
}
