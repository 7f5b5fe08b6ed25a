namespace Adoption.Portal.Domain.Plans;

public static class PlanTemplateExtensions
{
    /// <summary>
    /// A new plan with the template's objectives and milestones, due dates counted from
    /// <paramref name="start"/>. Metrics start at zero for the CSM to set with the customer.
    /// Every text keeps its other languages, so the customer reads the plan in theirs.
    /// </summary>
    public static SuccessPlan CreatePlan(this PlanTemplate template, int accountId, DateOnly start, DateTime now) => new()
    {
        AccountId = accountId,
        Title = template.Name,
        Summary = template.Description,
        Texts = new(template.Texts),
        TemplateId = template.Id == 0 ? null : template.Id,
        UpdatedAt = now,
        Objectives = template.Objectives.OrderBy(o => o.Order).Select(o => new Objective
        {
            Title = o.Title,
            Description = o.Description,
            Order = o.Order,
            Texts = new(o.Texts),
            Metrics = o.MetricName is null ? [] : [new OutcomeMetric { Name = o.MetricName, Unit = o.MetricUnit, Texts = new(o.MetricTexts), UpdatedAt = now }],
            Milestones = o.Milestones.OrderBy(m => m.Order).Select(m => new Milestone
            {
                Title = m.Title,
                Owner = m.Owner,
                DueDate = start.AddDays(m.DueAfterDays),
                CustomerVisible = m.CustomerVisible,
                Order = m.Order,
                Texts = new(m.Texts),
            }).ToList(),
        }).ToList(),
    };

    /// <summary>Titles the plan after its account in the original and in every language it is written in.</summary>
    public static SuccessPlan NamedFor(this SuccessPlan plan, string accountName)
    {
        plan.Title = $"{accountName}: {plan.Title}";
        plan.Texts = plan.Texts.ToDictionary(t => t.Key, t => t.Value with { Title = $"{accountName}: {t.Value.Title}" });
        return plan;
    }
}
