using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ServiceDesk.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class PartialTicketIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Tickets_OrganizationId_Status_FixVersion",
                table: "Tickets");

            migrationBuilder.DropIndex(
                name: "IX_Tickets_Type_ResolvedAt_Id",
                table: "Tickets");

            migrationBuilder.CreateIndex(
                name: "IX_Tickets_OrganizationId_FixVersion",
                table: "Tickets",
                columns: new[] { "OrganizationId", "FixVersion" },
                filter: "\"Status\" = 'DeliveryPending'");

            migrationBuilder.CreateIndex(
                name: "IX_Tickets_ResolvedAt_Id",
                table: "Tickets",
                columns: new[] { "ResolvedAt", "Id" },
                filter: "\"Type\" = 'Suggestion'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Tickets_OrganizationId_FixVersion",
                table: "Tickets");

            migrationBuilder.DropIndex(
                name: "IX_Tickets_ResolvedAt_Id",
                table: "Tickets");

            migrationBuilder.CreateIndex(
                name: "IX_Tickets_OrganizationId_Status_FixVersion",
                table: "Tickets",
                columns: new[] { "OrganizationId", "Status", "FixVersion" });

            migrationBuilder.CreateIndex(
                name: "IX_Tickets_Type_ResolvedAt_Id",
                table: "Tickets",
                columns: new[] { "Type", "ResolvedAt", "Id" });
        }
    }
}
