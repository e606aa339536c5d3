using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ServiceDesk.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class TicketActivityCount : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ActivityCount",
                table: "Tickets",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            // Existing tickets continue their streams' numbering.
            migrationBuilder.Sql("""
                UPDATE "Tickets" SET "ActivityCount" =
                    COALESCE((SELECT MAX(a."Sequence") FROM "TicketActivities" a WHERE a."TicketId" = "Tickets"."Id"), 0);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ActivityCount",
                table: "Tickets");
        }
    }
}
