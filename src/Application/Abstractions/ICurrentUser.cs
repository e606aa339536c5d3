using ServiceDesk.Domain.Common;

namespace ServiceDesk.Application.Abstractions;

/// <summary>The caller of the current request, established by the host before any handler runs.</summary>
public interface ICurrentUser
{
    Actor Actor { get; }
}
