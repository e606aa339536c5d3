using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NpgsqlTypes;
using ServiceDesk.Domain.Tickets;

namespace ServiceDesk.Infrastructure.Persistence.Search;

/// <summary>PostgreSQL: a stored generated tsvector column with a GIN index, queried with plainto_tsquery (which takes any text).</summary>
internal sealed class PostgresKeywordSearch : IKeywordSearch
{
    private const string SearchVector = "SearchVector";
    // 'simple': no stemming or stop words, because tickets are written in German and English.
    private const string Configuration = "simple";

    public static void MapSearchVector(EntityTypeBuilder<Ticket> ticket)
    {
        ticket.Property<NpgsqlTsVector>(SearchVector)
            .IsGeneratedTsVectorColumn(Configuration, nameof(Ticket.Title), nameof(Ticket.Description), nameof(Ticket.YourReference));
        ticket.HasIndex(SearchVector).HasMethod("GIN");
    }

    public IQueryable<Ticket> Matching(IQueryable<Ticket> tickets, string keyword) =>
        tickets.Where(t => EF.Property<NpgsqlTsVector>(t, SearchVector).Matches(EF.Functions.PlainToTsQuery(Configuration, keyword)));
}
