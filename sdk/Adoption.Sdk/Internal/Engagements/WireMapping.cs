namespace Adoption.Sdk.Internal.Engagements;

/// <summary>Turns the portal's answer into the public models, leaving out what this version cannot show.</summary>
internal static class WireMapping
{
    public static Engagement[] ToEngagements(DecideResponse response)
    {
        if (response.Engagements is not { Count: > 0 } wire)
        {
            return [];
        }

        var result = new List<Engagement>(wire.Count);
        foreach (var item in wire)
        {
            if (item is { Id.Length: > 0, Token.Length: > 0 } && KindOf(item.Kind) is { } kind)
            {
                result.Add(new Engagement
                {
                    Id = item.Id,
                    Kind = kind,
                    Placement = item.Placement ?? "",
                    Priority = item.Priority,
                    Dismissible = item.Dismissible,
                    SnoozeDays = Math.Max(0, item.SnoozeDays),
                    Anchor = string.IsNullOrWhiteSpace(item.Anchor) ? null : item.Anchor,
                    Content = new EngagementContent
                    {
                        Locale = item.Content?.Locale ?? "en",
                        Title = item.Content?.Title ?? "",
                        Body = item.Content?.Body ?? "",
                        CtaLabel = string.IsNullOrWhiteSpace(item.Content?.CtaLabel) ? null : item.Content.CtaLabel,
                        CtaUrl = string.IsNullOrWhiteSpace(item.Content?.CtaUrl) ? null : item.Content.CtaUrl,
                    },
                    Steps = item.Steps is { Count: > 0 } steps
                        ? [.. steps.Where(s => s is not null).Select(s => new ChecklistStep { Key = s.Key ?? "", Label = s.Label ?? "", Done = s.Done })]
                        : [],
                    Token = item.Token,
                    Survey = kind != EngagementKind.Survey ? null : new SurveyQuestions
                    {
                        Promoter = item.Survey?.Promoter ?? "", Passive = item.Survey?.Passive ?? "", Detractor = item.Survey?.Detractor ?? "",
                    },
                });
            }
        }

        return [.. result];
    }

    public static string Wire(OutcomeKind kind) => kind switch
    {
        OutcomeKind.Seen => "seen",
        OutcomeKind.Dismissed => "dismissed",
        OutcomeKind.Snoozed => "snoozed",
        OutcomeKind.Completed => "completed",
        _ => "cta",
    };

    // Future kinds ("clients ignore unknown kinds") are skipped rather than shown wrongly.
    private static EngagementKind? KindOf(string? kind) => kind switch
    {
        "banner" => EngagementKind.Banner,
        "tooltip" => EngagementKind.Tooltip,
        "checklist" => EngagementKind.Checklist,
        "modal" => EngagementKind.Modal,
        "survey" => EngagementKind.Survey,
        _ => null,
    };
}
