namespace ServiceDesk.Application.Abstractions;

/// <summary>Commits every change of one command, with its domain events, in one transaction.</summary>
public interface IUnitOfWork
{
    /// <exception cref="ConcurrencyConflictException">someone else saved the same aggregate first.</exception>
    /// <exception cref="DuplicateRequestException">a unique key (a create's request id, an e-mail address) is taken.</exception>
    Task SaveChangesAsync(CancellationToken cancellationToken);
}

/// <summary>Another request saved the aggregate first (stale etag).</summary>
public sealed class ConcurrencyConflictException(Exception inner) : Exception("The record was changed by someone else.", inner);

/// <summary>A unique key was taken by a concurrent request.</summary>
public sealed class DuplicateRequestException(Exception inner) : Exception("A unique key is already taken.", inner);
