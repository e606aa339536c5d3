using Microsoft.Extensions.DependencyInjection;

namespace ServiceDesk.Infrastructure.Tests;

internal static class ScopeExtensions
{
    public static T Get<T>(this AsyncServiceScope scope) where T : notnull => scope.ServiceProvider.GetRequiredService<T>();
}
