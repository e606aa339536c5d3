using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ServiceDesk.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Sla : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "AutoCloseAt",
                table: "Tickets",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "NextTimerAt",
                table: "Tickets",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ReactionBreachedAt",
                table: "Tickets",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ReactionCountedAroundTheClock",
                table: "Tickets",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "ReactionCountedInServiceHours",
                table: "Tickets",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "ReactionDueAt",
                table: "Tickets",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ReactionRunningSince",
                table: "Tickets",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ReactionStartedAt",
                table: "Tickets",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReactionState",
                table: "Tickets",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<long>(
                name: "ReactionTarget",
                table: "Tickets",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ReminderDueAt",
                table: "Tickets",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RemindersSent",
                table: "Tickets",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "RestorationBreachedAt",
                table: "Tickets",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "RestorationCountedAroundTheClock",
                table: "Tickets",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RestorationCountedInServiceHours",
                table: "Tickets",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RestorationDueAt",
                table: "Tickets",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "RestorationRunningSince",
                table: "Tickets",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "RestorationStartedAt",
                table: "Tickets",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RestorationState",
                table: "Tickets",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<long>(
                name: "RestorationTarget",
                table: "Tickets",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "SlaDueAt",
                table: "Tickets",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "HolidayCalendars",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HolidayCalendars", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Holidays",
                columns: table => new
                {
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    HolidayCalendarId = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Holidays", x => new { x.HolidayCalendarId, x.Date });
                    table.ForeignKey(
                        name: "FK_Holidays_HolidayCalendars_HolidayCalendarId",
                        column: x => x.HolidayCalendarId,
                        principalTable: "HolidayCalendars",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SlaContracts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EffectiveFrom = table.Column<long>(type: "INTEGER", nullable: false),
                    Targets = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    HolidayCalendarId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ChangedById = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SlaContracts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SlaContracts_HolidayCalendars_HolidayCalendarId",
                        column: x => x.HolidayCalendarId,
                        principalTable: "HolidayCalendars",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_SlaContracts_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Tickets_NextTimerAt",
                table: "Tickets",
                column: "NextTimerAt",
                filter: "\"NextTimerAt\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Tickets_SlaDueAt_Id",
                table: "Tickets",
                columns: new[] { "SlaDueAt", "Id" },
                filter: "\"SlaDueAt\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_SlaContracts_HolidayCalendarId",
                table: "SlaContracts",
                column: "HolidayCalendarId");

            migrationBuilder.CreateIndex(
                name: "IX_SlaContracts_OrganizationId_EffectiveFrom",
                table: "SlaContracts",
                columns: new[] { "OrganizationId", "EffectiveFrom" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Holidays");

            migrationBuilder.DropTable(
                name: "SlaContracts");

            migrationBuilder.DropTable(
                name: "HolidayCalendars");

            migrationBuilder.DropIndex(
                name: "IX_Tickets_NextTimerAt",
                table: "Tickets");

            migrationBuilder.DropIndex(
                name: "IX_Tickets_SlaDueAt_Id",
                table: "Tickets");

            migrationBuilder.DropColumn(
                name: "AutoCloseAt",
                table: "Tickets");

            migrationBuilder.DropColumn(
                name: "NextTimerAt",
                table: "Tickets");

            migrationBuilder.DropColumn(
                name: "ReactionBreachedAt",
                table: "Tickets");

            migrationBuilder.DropColumn(
                name: "ReactionCountedAroundTheClock",
                table: "Tickets");

            migrationBuilder.DropColumn(
                name: "ReactionCountedInServiceHours",
                table: "Tickets");

            migrationBuilder.DropColumn(
                name: "ReactionDueAt",
                table: "Tickets");

            migrationBuilder.DropColumn(
                name: "ReactionRunningSince",
                table: "Tickets");

            migrationBuilder.DropColumn(
                name: "ReactionStartedAt",
                table: "Tickets");

            migrationBuilder.DropColumn(
                name: "ReactionState",
                table: "Tickets");

            migrationBuilder.DropColumn(
                name: "ReactionTarget",
                table: "Tickets");

            migrationBuilder.DropColumn(
                name: "ReminderDueAt",
                table: "Tickets");

            migrationBuilder.DropColumn(
                name: "RemindersSent",
                table: "Tickets");

            migrationBuilder.DropColumn(
                name: "RestorationBreachedAt",
                table: "Tickets");

            migrationBuilder.DropColumn(
                name: "RestorationCountedAroundTheClock",
                table: "Tickets");

            migrationBuilder.DropColumn(
                name: "RestorationCountedInServiceHours",
                table: "Tickets");

            migrationBuilder.DropColumn(
                name: "RestorationDueAt",
                table: "Tickets");

            migrationBuilder.DropColumn(
                name: "RestorationRunningSince",
                table: "Tickets");

            migrationBuilder.DropColumn(
                name: "RestorationStartedAt",
                table: "Tickets");

            migrationBuilder.DropColumn(
                name: "RestorationState",
                table: "Tickets");

            migrationBuilder.DropColumn(
                name: "RestorationTarget",
                table: "Tickets");

            migrationBuilder.DropColumn(
                name: "SlaDueAt",
                table: "Tickets");
        }
    }
}
