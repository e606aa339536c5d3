using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ServiceDesk.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class EscalationRequestIds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "RequestId",
                table: "EscalationSteps",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_EscalationSteps_ActorId_RequestId",
                table: "EscalationSteps",
                columns: new[] { "ActorId", "RequestId" },
                unique: true,
                filter: "\"RequestId\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_EscalationSteps_ActorId_RequestId",
                table: "EscalationSteps");

            migrationBuilder.DropColumn(
                name: "RequestId",
                table: "EscalationSteps");
        }
    }
}
