using System.Net;
using Adoption.Portal.Demo;
using Adoption.Portal.Domain.Accounts;
using Adoption.Portal.Health.Risks;
using Adoption.Testing;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;

namespace Adoption.Portal.Tests.Health.Risks;

/// <summary>
/// A risk on the CSM's risk page: owner, status (open → mitigating → closed), due date and internal
/// notes, each change a line of history; bad input saves nothing; a rule's risk closes by itself.
/// </summary>
public sealed class TheRiskLifecycle(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const int Contoso = 5;

    [Fact]
    public async Task KeepsAHistoryLineForEachChangeOfStatusOwnerDueDateAndEachNote()
    {
        var maria = await portal.SignInAsync(DemoSignIns.Csm.Email);
        var (id, page) = await RaiseAsync(maria, "Exports time out for the finance team");
        var tom = await StaffIdAsync("Tom Nakamura");
        var due = Today().AddDays(14);

        var mitigating = await maria.SubmitAsync(page, null, new() { ["Input.Status"] = "Mitigating", ["Input.OwnerUserId"] = tom, ["Input.DueDate"] = $"{due:yyyy-MM-dd}" });
        Assert.Contains("Saved.", await maria.FollowAsync(mitigating), StringComparison.Ordinal);
        var noted = await maria.SubmitAsync(page, "Note", new() { ["Note.Text"] = "Their IT blocks our export host; Tom is on it with them." });
        Assert.Contains("Note added.", await maria.FollowAsync(noted), StringComparison.Ordinal);

        var risk = await RiskAsync(id);
        Assert.Equal((RiskStatus.Mitigating, tom, due), (risk.Status, risk.OwnerUserId, risk.DueDate));
        Assert.Null(risk.ResolvedAt);

        var closed = await maria.SubmitAsync(page, null, new() { ["Input.Status"] = "Closed" });
        var html = HtmlForms.Parse(await maria.FollowAsync(closed));

        risk = await RiskAsync(id);
        Assert.Equal(RiskStatus.Closed, risk.Status);
        Assert.NotNull(risk.ResolvedAt);
        Assert.Equal(
            [
                (RiskEventKind.Raised, "nightly export fails since the upgrade."),
                (RiskEventKind.StatusChanged, "Open → Mitigating"),
                (RiskEventKind.OwnerChanged, "Maria Santos → Tom Nakamura"),
                (RiskEventKind.DueDateChanged, $"— → {due:yyyy-MM-dd}"),
                (RiskEventKind.Note, "Their IT blocks our export host; Tom is on it with them."),
                (RiskEventKind.StatusChanged, "Mitigating → Closed"),
            ],
            (await HistoryAsync(id)).Select(e => (e.Kind, e.Text)));
        Assert.All(await HistoryAsync(id), e => Assert.Equal("Maria Santos", e.ByName));
        // The page lists the same history, newest first.
        Assert.Equal(
            ["StatusChanged", "Note", "DueDateChanged", "OwnerChanged", "StatusChanged", "Raised"],
            html.QuerySelectorAll("[data-testid=risk-history] li").Select(li => li.GetAttribute("data-kind")));
        Assert.Contains("Their IT blocks our export host", html.QuerySelector("[data-testid=risk-history]")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Frozen", "2026-12-31", "Input.Status", "Choose open, mitigating or closed.")]
    [InlineData("7", "2026-12-31", "Input.Status", "Choose open, mitigating or closed.")]
    [InlineData("Mitigating", "next tuesday", "Input.DueDate", "Enter the due date as a date, like 2026-12-31.")]
    [InlineData("Mitigating", "2026-02-30", "Input.DueDate", "Enter the due date as a date, like 2026-12-31.")]
    public async Task AnswersBadInputWithAFieldMessageAndSavesNothing(string status, string due, string field, string message)
    {
        var maria = await portal.SignInAsync(DemoSignIns.Csm.Email);
        var (_, page) = await RaiseAsync(maria, $"Bad input {status} {due}");
        var before = DatabaseFingerprint.Of(portal.DatabasePath);

        var response = await maria.SubmitAsync(page, null, new() { ["Input.Status"] = status, ["Input.DueDate"] = due, ["Input.OwnerUserId"] = await StaffIdAsync("Tom Nakamura") });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = HtmlForms.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(message, FieldMessage(html, field));
        Assert.Empty(DatabaseFingerprint.Changed(before, DatabaseFingerprint.Of(portal.DatabasePath)));
    }

    [Fact]
    public async Task RefusesAnOwnerFromOutsideTheTeamAndAnEmptyNote()
    {
        var maria = await portal.SignInAsync(DemoSignIns.Csm.Email);
        var (_, page) = await RaiseAsync(maria, "Owner from elsewhere");
        var anna = await StaffIdAsync("Anna Berg");
        var before = DatabaseFingerprint.Of(portal.DatabasePath);

        var owner = HtmlForms.Parse(await (await maria.SubmitAsync(page, null, new() { ["Input.Status"] = "Mitigating", ["Input.OwnerUserId"] = anna })).Content.ReadAsStringAsync());
        var note = HtmlForms.Parse(await (await maria.SubmitAsync(page, "Note", new() { ["Note.Text"] = "   " })).Content.ReadAsStringAsync());

        Assert.Equal("Choose an owner from the team.", FieldMessage(owner, "Input.OwnerUserId"));
        Assert.Equal("Write the note.", FieldMessage(note, "Note.Text"));
        Assert.Empty(DatabaseFingerprint.Changed(before, DatabaseFingerprint.Of(portal.DatabasePath)));
    }

    [Fact]
    public async Task ClosesARuleRaisedSentimentRiskByItselfWithANoteWhenTheCsmsReadImproves()
    {
        var maria = await portal.SignInAsync(DemoSignIns.Csm.Email);
        var risks = $"/csm/accounts/{Contoso}/risks";

        await maria.FollowAsync(await maria.SubmitAsync(risks, "Sentiment", new() { ["Sentiment.Value"] = "Negative", ["Sentiment.Note"] = "Sponsor cancelled the QBR twice." }));
        await using var db = portal.CreateDb();
        var risk = await db.Risks.AsNoTracking().SingleAsync(r => r.AccountId == Contoso && r.Rule == RiskRules.NegativeSentiment && r.ResolvedAt == null);
        Assert.Equal((RiskCategory.Sentiment, RiskStatus.Open), (risk.Category, risk.Status));

        // The CSM works it meanwhile: the rule leaves the owner and status a person set.
        await maria.FollowAsync(await maria.SubmitAsync($"/csm/risks/{risk.Id}", null, new() { ["Input.Status"] = "Mitigating" }));
        await maria.FollowAsync(await maria.SubmitAsync(risks, "Sentiment", new() { ["Sentiment.Value"] = "Negative" }));
        Assert.Equal(RiskStatus.Mitigating, (await RiskAsync(risk.Id)).Status);
        Assert.Equal(1, await db.Risks.CountAsync(r => r.AccountId == Contoso && r.Rule == RiskRules.NegativeSentiment && r.ResolvedAt == null));

        await maria.FollowAsync(await maria.SubmitAsync(risks, "Sentiment", new() { ["Sentiment.Value"] = "Neutral" }));

        var closed = await RiskAsync(risk.Id);
        var note = $"Closed by itself on {Today():yyyy-MM-dd}: the condition cleared.";
        Assert.Equal(RiskStatus.Closed, closed.Status);
        Assert.EndsWith(note, closed.Detail, StringComparison.Ordinal);
        var last = (await HistoryAsync(risk.Id))[^1];
        Assert.Equal((RiskEventKind.ClosedByRule, note, null), (last.Kind, last.Text, last.ByName));
        var page = HtmlForms.Parse(await maria.GetStringAsync($"/csm/risks/{risk.Id}"));
        var shown = page.QuerySelectorAll("[data-testid=risk-history] li")[0];
        Assert.Equal("ClosedByRule", shown.GetAttribute("data-kind"));
        Assert.Contains(note, shown.TextContent, StringComparison.Ordinal);
        Assert.Contains("the risk rules", shown.TextContent, StringComparison.Ordinal);
    }

    /// <summary>Raises a hand-made support risk on Contoso through its risks page; returns its id and page.</summary>
    private async Task<(int Id, string Page)> RaiseAsync(HttpClient maria, string title)
    {
        var raised = await maria.SubmitAsync($"/csm/accounts/{Contoso}/risks", null, new()
        {
            ["Input.Category"] = "Support", ["Input.Title"] = title, ["Input.Detail"] = "nightly export fails since the upgrade.",
        });
        Assert.Contains("Risk raised.", await maria.FollowAsync(raised), StringComparison.Ordinal);
        await using var db = portal.CreateDb();
        var id = await db.Risks.Where(r => r.Title == title).Select(r => r.Id).SingleAsync();
        return (id, $"/csm/risks/{id}");
    }

    private static string? FieldMessage(IDocument html, string field) =>
        html.QuerySelector($"[data-valmsg-for='{field}']")?.TextContent.Trim();

    private DateOnly Today() => DateOnly.FromDateTime(portal.Clock.GetUtcNow().UtcDateTime);

    private async Task<string> StaffIdAsync(string name)
    {
        await using var db = portal.CreateDb();
        return await db.Users.Where(u => u.DisplayName == name).Select(u => u.Id).SingleAsync();
    }

    private async Task<Risk> RiskAsync(int id)
    {
        await using var db = portal.CreateDb();
        return await db.Risks.AsNoTracking().SingleAsync(r => r.Id == id);
    }

    private async Task<IReadOnlyList<RiskEvent>> HistoryAsync(int id)
    {
        await using var db = portal.CreateDb();
        return await db.RiskEvents.AsNoTracking().Where(e => e.RiskId == id).OrderBy(e => e.At).ThenBy(e => e.Id).ToListAsync();
    }
}
