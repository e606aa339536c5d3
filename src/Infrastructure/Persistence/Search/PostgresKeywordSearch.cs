using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NpgsqlTypes;
using ServiceDesk.Domain.Tickets;

namespace ServiceDesk.Infrastructure.Persistence.Search;

/// <summary>
/// PostgreSQL: a tsvector column with a GIN index, queried with plainto_tsquery (which takes any text). A trigger of the
/// PostgreSQL migrations writes the column when a searched text changes; a generated column would be computed again on
/// every update of the row, status changes and timer sweeps included. EF neither writes it nor reads it back.
/// </summary>
internal sealed class PostgresKeywordSearch : IKeywordSearch
{
    private const string SearchVector = "SearchVector";
    // 'simple': no stemming or stop words, because tickets are written in German and English.
    private const string Configuration = "simple";

    public static void MapSearchVector(EntityTypeBuilder<Ticket> ticket)
    {
        var vector = ticket.Property<NpgsqlTsVector>(SearchVector).Metadata;
        vector.SetBeforeSaveBehavior(PropertySaveBehavior.Ignore);
        vector.SetAfterSaveBehavior(PropertySaveBehavior.Ignore);
        ticket.HasIndex(SearchVector).HasMethod("GIN");
    }

    public IQueryable<Ticket> Matching(IQueryable<Ticket> tickets, string keyword) =>
        tickets.Where(t => EF.Property<NpgsqlTsVector>(t, SearchVector).Matches(EF.Functions.PlainToTsQuery(Configuration, keyword)));
}
