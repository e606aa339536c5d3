using Microsoft.EntityFrameworkCore.Migrations;
using NpgsqlTypes;

#nullable disable

namespace ServiceDesk.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class SearchVectorByTrigger : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<NpgsqlTsVector>(
                name: "SearchVector",
                table: "Tickets",
                type: "tsvector",
                nullable: true,
                oldClrType: typeof(NpgsqlTsVector),
                oldType: "tsvector",
                oldNullable: true)
                .OldAnnotation("Npgsql:TsVectorConfig", "simple")
                .OldAnnotation("Npgsql:TsVectorProperties", new[] { "Title", "Description", "YourReference" });

            // The texts are indexed when one of them changes, not on every update of the row (PostgresKeywordSearch).
            migrationBuilder.Sql("""
                CREATE FUNCTION tickets_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    NEW."SearchVector" := to_tsvector('simple',
                        coalesce(NEW."Title", '') || ' ' || coalesce(NEW."Description", '') || ' ' || coalesce(NEW."YourReference", ''));
                    RETURN NEW;
                END $$;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Tickets_SearchVector" BEFORE INSERT OR UPDATE OF "Title", "Description", "YourReference" ON "Tickets"
                    FOR EACH ROW EXECUTE FUNCTION tickets_search_vector();
                """);
            // Indexes the tickets there are: assigning a searched text fires the trigger.
            migrationBuilder.Sql("""UPDATE "Tickets" SET "Title" = "Title";""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER "Tickets_SearchVector" ON "Tickets";""");
            migrationBuilder.Sql("""DROP FUNCTION tickets_search_vector();""");

            migrationBuilder.AlterColumn<NpgsqlTsVector>(
                name: "SearchVector",
                table: "Tickets",
                type: "tsvector",
                nullable: true,
                oldClrType: typeof(NpgsqlTsVector),
                oldType: "tsvector",
                oldNullable: true)
                .Annotation("Npgsql:TsVectorConfig", "simple")
                .Annotation("Npgsql:TsVectorProperties", new[] { "Title", "Description", "YourReference" });
        }
    }
}
