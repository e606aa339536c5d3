using System.Reflection;
using ServiceDesk.Application.Abstractions;
using ServiceDesk.Domain.Tickets;
using Xunit;

namespace ServiceDesk.Api.Tests;

/// <summary>Dependencies point inward: the domain and the use cases know nothing of databases, web hosts or adapters.</summary>
public sealed class LayeringTests
{
    private static readonly string[] Forbidden =
    [
        "Microsoft.EntityFrameworkCore",
        "Microsoft.AspNetCore",
        "Npgsql",
        "Microsoft.Data",
        "Grpc",
        "Google.Protobuf",
        "MailKit",
        "ServiceDesk.Infrastructure",
        "ServiceDesk.Api",
        "ServiceDesk.Contracts",
    ];

    [Fact]
    public void Domain_references_no_infrastructure_web_or_database_assembly() =>
        AssertReferencesNone(typeof(Ticket).Assembly, [.. Forbidden, "ServiceDesk.Application", "FluentValidation", "Ardalis"]);

    [Fact]
    public void Application_references_no_infrastructure_web_or_database_assembly() =>
        AssertReferencesNone(typeof(ITicketRepository).Assembly, Forbidden);

    private static void AssertReferencesNone(Assembly assembly, string[] forbidden)
    {
        var references = assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.NotEmpty(references);
        Assert.DoesNotContain(references, name => forbidden.Any(prefix => name.StartsWith(prefix, StringComparison.Ordinal)));
    }
}
