namespace Adoption.Portal.Revenue;

/// <summary>One account's ARR at the start and the end of a period, in one currency. Null start: it had none yet.</summary>
public sealed record AccountArr(int AccountId, decimal? Start, decimal End);

/// <summary>What an account's movement in the period counts as.</summary>
public enum ArrMovement
{
    /// <summary>Had no ARR when the period began (new in the period, or churned before): outside retention.</summary>
    NotInBase,
    Flat,
    Expanded,
    Contracted,
    Churned,
}

/// <summary>
/// Retention over a period. Rates are fractions (1.2 is 120 %) and null when the period began with no ARR.
/// </summary>
public sealed record RetentionFigures(
    decimal StartingArr, decimal Expansion, decimal Contraction, decimal Churned, int LogosAtStart, int LogosRetained,
    IReadOnlyDictionary<int, ArrMovement> Movements)
{
    /// <summary>What the starting accounts are worth at the end: start − churn − contraction + expansion.</summary>
    public decimal EndingArr => StartingArr - Churned - Contraction + Expansion;

    /// <summary>Gross revenue retention: the starting ARR kept, never above 100 %.</summary>
    public decimal? Grr => StartingArr == 0 ? null : (StartingArr - Churned - Contraction) / StartingArr;

    /// <summary>Net revenue retention: what the starting accounts are worth now against what they were.</summary>
    public decimal? Nrr => StartingArr == 0 ? null : EndingArr / StartingArr;

    public decimal? LogoRetention => LogosAtStart == 0 ? null : (decimal)LogosRetained / LogosAtStart;

    public IEnumerable<int> AccountsWith(ArrMovement movement) => Movements.Where(m => m.Value == movement).Select(m => m.Key);

    public static readonly RetentionFigures Empty = new(0, 0, 0, 0, 0, 0, new Dictionary<int, ArrMovement>());
}

/// <summary>
/// The retention arithmetic, free of the database: the base is the accounts that had ARR when the
/// period began, so an account won during the period adds nothing to any rate (it is new business,
/// not retention) and an account lost before it began is not lost again.
/// </summary>
public static class RetentionMath
{
    public static ArrMovement MovementOf(AccountArr a) => a switch
    {
        { Start: null or <= 0 } => ArrMovement.NotInBase,
        { End: <= 0 } => ArrMovement.Churned,
        var x when x.End > x.Start => ArrMovement.Expanded,
        var x when x.End < x.Start => ArrMovement.Contracted,
        _ => ArrMovement.Flat,
    };

    public static RetentionFigures Compute(IEnumerable<AccountArr> accounts)
    {
        decimal start = 0, expansion = 0, contraction = 0, churned = 0;
        int logos = 0, retained = 0;
        var movements = new Dictionary<int, ArrMovement>();
        foreach (var a in accounts)
        {
            var movement = MovementOf(a);
            movements[a.AccountId] = movement;
            if (movement == ArrMovement.NotInBase)
            {
                continue;
            }

            var before = a.Start!.Value;
            start += before;
            logos++;
            switch (movement)
            {
                case ArrMovement.Churned:
                    churned += before;
                    break;
                case ArrMovement.Expanded:
                    expansion += a.End - before;
                    retained++;
                    break;
                case ArrMovement.Contracted:
                    contraction += before - a.End;
                    retained++;
                    break;
                default:
                    retained++;
                    break;
            }
        }

        return new RetentionFigures(start, expansion, contraction, churned, logos, retained, movements);
    }
}
