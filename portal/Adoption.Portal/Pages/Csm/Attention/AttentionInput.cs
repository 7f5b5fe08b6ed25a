using Adoption.Portal.Attention;
using Adoption.Portal.Domain.Attention;

namespace Adoption.Portal.Pages.Csm.Attention;

/// <summary>The attention limits as the form shows them.</summary>
public sealed class AttentionInput
{
    public int? InterruptingPerUserPerDay { get; set; }
    public int? AmbientPerUserPerDay { get; set; }
    public int? EmailsPerContactPerWeek { get; set; }
    public int? InterruptingPerAccountPerDay { get; set; }
    public int? SurveyWaitDays { get; set; }
    public int Version { get; set; }

    public static AttentionInput From(AttentionLimits l, int version) => new()
    {
        InterruptingPerUserPerDay = l.InterruptingPerUserPerDay, AmbientPerUserPerDay = l.AmbientPerUserPerDay,
        EmailsPerContactPerWeek = l.EmailsPerContactPerWeek, InterruptingPerAccountPerDay = l.InterruptingPerAccountPerDay,
        SurveyWaitDays = l.SurveyWaitDays, Version = version,
    };

    public void ApplyTo(AttentionSettings s)
    {
        s.InterruptingPerUserPerDay = InterruptingPerUserPerDay!.Value;
        s.AmbientPerUserPerDay = AmbientPerUserPerDay!.Value;
        s.EmailsPerContactPerWeek = EmailsPerContactPerWeek!.Value;
        s.InterruptingPerAccountPerDay = InterruptingPerAccountPerDay!.Value;
        s.SurveyWaitDays = SurveyWaitDays!.Value;
    }
}

public sealed class AttentionInputValidator : AbstractValidator<AttentionInput>
{
    public AttentionInputValidator(IStringLocalizer<AttentionInputValidator> localizer)
    {
        Limit(RuleFor(i => i.InterruptingPerUserPerDay), 20, localizer);
        Limit(RuleFor(i => i.AmbientPerUserPerDay), 50, localizer);
        Limit(RuleFor(i => i.EmailsPerContactPerWeek), 50, localizer);
        Limit(RuleFor(i => i.InterruptingPerAccountPerDay), 100_000, localizer);
        Limit(RuleFor(i => i.SurveyWaitDays), 365, localizer);
    }

    private static void Limit(IRuleBuilder<AttentionInput, int?> rule, int max, IStringLocalizer localizer) => rule
        .NotNull().WithMessage(_ => localizer["Enter a number."])
        .InclusiveBetween(0, max).WithMessage(_ => localizer["Enter a whole number from 0 to {0}.", max]);
}
