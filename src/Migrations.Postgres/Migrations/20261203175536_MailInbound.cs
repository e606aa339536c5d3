using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ServiceDesk.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class MailInbound : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ReceivedMail",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MessageId = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    FromAddress = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false),
                    Subject = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Outcome = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Detail = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Text = table.Column<string>(type: "character varying(32000)", maxLength: 32000, nullable: true),
                    TicketId = table.Column<long>(type: "bigint", nullable: true),
                    Answered = table.Column<bool>(type: "boolean", nullable: false),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReceivedMail", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ReceivedMail_FromAddress_ReceivedAt",
                table: "ReceivedMail",
                columns: new[] { "FromAddress", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ReceivedMail_MessageId",
                table: "ReceivedMail",
                column: "MessageId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReceivedMail_Outcome_ReceivedAt",
                table: "ReceivedMail",
                columns: new[] { "Outcome", "ReceivedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ReceivedMail");
        }
    }
}
