using Adoption.Portal.Domain.Revenue;
using Adoption.Portal.Revenue;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Adoption.Portal.Pages.Csm.Revenue;

/// <summary>Closing a renewal: what happened, at what ARR, when, and why if it shrank or ended.</summary>
public sealed class CloseInput
{
    public int RenewalId { get; set; }
    public RenewalOutcome? Outcome { get; set; }
    public decimal? NewArr { get; set; }
    public DateOnly? ClosedOn { get; set; }
    public int? ReasonCodeId { get; set; }
    public string? Notes { get; set; }
    public int Version { get; set; }

    /// <summary>The term being closed and the codes on offer: set by the page, never posted.</summary>
    [BindNever] public RenewalRecord? Term { get; set; }
    [BindNever] public IReadOnlyList<ReasonCode> Reasons { get; set; } = [];
    [BindNever] public DateOnly Today { get; set; }
}

public sealed class CloseInputValidator : AbstractValidator<CloseInput>
{
    public CloseInputValidator(IStringLocalizer<CloseInputValidator> localizer)
    {
        RuleFor(i => i.Outcome).NotNull().WithMessage(_ => localizer["Choose what happened."])
            .Must(o => o is { } v && Enum.IsDefined(v) && v != RenewalOutcome.Open).WithMessage(_ => localizer["Choose what happened."]);
        RuleFor(i => i.ClosedOn).NotNull().WithMessage(_ => localizer["Enter the day the renewal closed."])
            .Must((i, d) => d is null || d <= i.Today).WithMessage(_ => localizer["A renewal cannot close in the future."]);
        RuleFor(i => i.NewArr).NotNull().When(i => i.Outcome is RenewalOutcome.Expanded or RenewalOutcome.Contracted)
            .WithMessage(_ => localizer["Enter the ARR of the new term."]);
        RuleFor(i => i.NewArr).GreaterThanOrEqualTo(0).WithMessage(_ => localizer["ARR cannot be negative."]);
        RuleFor(i => i.NewArr).Must((i, arr) => arr > i.Term!.ArrAtStart).When(i => i.Outcome == RenewalOutcome.Expanded && i.NewArr >= 0 && i.Term is not null)
            .WithMessage(_ => localizer["An expansion renews above the term's starting ARR."]);
        RuleFor(i => i.NewArr).Must((i, arr) => arr > 0 && arr < i.Term!.ArrAtStart).When(i => i.Outcome == RenewalOutcome.Contracted && i.NewArr >= 0 && i.Term is not null)
            .WithMessage(_ => localizer["A contraction renews below the term's starting ARR and above zero."]);
        RuleFor(i => i.NewArr).Must((i, arr) => arr is null || arr == i.Term!.ArrAtStart).When(i => i.Outcome == RenewalOutcome.Renewed && i.Term is not null)
            .WithMessage(_ => localizer["A flat renewal keeps the starting ARR; choose expansion or contraction for another amount."]);
        RuleFor(i => i.ReasonCodeId).NotNull().When(i => i.Outcome is RenewalOutcome.Churned or RenewalOutcome.Contracted)
            .WithMessage(_ => localizer["Choose a reason."]);
        RuleFor(i => i.ReasonCodeId)
            .Must((i, id) => i.Reasons.Any(r => r.Id == id && !r.Retired && r.Kind == (i.Outcome == RenewalOutcome.Churned ? ReasonKind.Churn : ReasonKind.Contraction)))
            .When(i => i.ReasonCodeId is not null && i.Outcome is RenewalOutcome.Churned or RenewalOutcome.Contracted)
            .WithMessage(_ => localizer["Choose a reason from the list."]);
        RuleFor(i => i.Notes).MaximumLength(2000).WithMessage(_ => localizer["Keep notes under 2,000 characters."]);
    }
}
