namespace Adoption.Portal.Engagements;

public sealed partial class DecideRequestValidator : AbstractValidator<DecideRequest>
{
    public DecideRequestValidator()
    {
        RuleFor(r => r.UserId).NotEmpty().MaximumLength(200);
        RuleFor(r => r.GroupId).MaximumLength(200);
        RuleFor(r => r.Locale).MaximumLength(20);
        RuleFor(r => r.Placements).NotNull().WithMessage("List 1 to 10 placements.")
            .Must(p => p is { Count: >= 1 and <= 10 }).WithMessage("List 1 to 10 placements.");
        RuleForEach(r => r.Placements).Must(p => p is not null && PlacementName().IsMatch(p))
            .WithMessage("A placement is 1 to 40 of a-z, 0-9, - and _.");
    }

    [System.Text.RegularExpressions.GeneratedRegex("^[a-z0-9_-]{1,40}$")]
    internal static partial System.Text.RegularExpressions.Regex PlacementName();
}

public sealed class OutcomesRequestValidator : AbstractValidator<OutcomesRequest>
{
    public OutcomesRequestValidator()
    {
        RuleFor(r => r.Outcomes).NotNull().WithMessage("Send an outcomes array.")
            .Must(o => o is { Count: >= 1 and <= 100 }).WithMessage("Send 1 to 100 outcomes.");
        RuleForEach(r => r.Outcomes).NotNull().WithMessage("An outcome is an object with token, userId and kind.").ChildRules(item =>
        {
            item.RuleFor(o => o!.Token).NotEmpty().When(o => o is not null);
            item.RuleFor(o => o!.UserId).NotEmpty().MaximumLength(200).When(o => o is not null);
            item.RuleFor(o => o!.Kind).Must(k => k is not null && OutcomeRecorder.Kinds.ContainsKey(k))
                .WithMessage("kind is one of seen, dismissed, snoozed, completed, cta.").When(o => o is not null);
        });
    }
}
