using ServiceDesk.Application.Abstractions;
using ServiceDesk.Domain.Common;

namespace ServiceDesk.Application.Common;

public static class SaveOrConflict
{
    /// <summary>
    /// Commits; a lost race (someone saved the same record first, or, when <paramref name="takenIsConflict"/>, took the
    /// same unique key) comes back as <see cref="AccessErrors.Conflict"/> for the caller to read again and retry.
    /// </summary>
    public static async Task<Result> SaveOrConflictAsync(this IUnitOfWork unitOfWork, CancellationToken cancellationToken, bool takenIsConflict = false)
    {
        try
        {
            await unitOfWork.SaveChangesAsync(cancellationToken);
            return Result.Success;
        }
        catch (Exception exception) when (exception is ConcurrencyConflictException || (takenIsConflict && exception is DuplicateRequestException))
        {
            return AccessErrors.Conflict;
        }
    }
}
