using System.Collections.Concurrent;

namespace Adoption.Portal.Pages.Csm.Portfolio;

/// <summary>One account of the portfolio as kept between requests (the CSM's name is added when shown).</summary>
public sealed record PortfolioEntry(PortfolioRow Row, string? Industry);

/// <summary>
/// The scored portfolio of one day: immutable, shared by every request. Each order the list is
/// sorted in is worked out once per language (names sort by its rules) and kept with it, so a
/// request only walks an ordered array, filters and takes a page.
/// </summary>
public sealed class ScoredPortfolio(DateOnly day, DateTimeOffset builtAt, PortfolioEntry[] entries)
{
    private readonly ConcurrentDictionary<(string Culture, PortfolioSort Sort, bool Desc, string? Csms), Lazy<int[]>> orders = new();

    public DateOnly Day { get; } = day;

    public DateTimeOffset BuiltAt { get; } = builtAt;

    public IReadOnlyList<PortfolioEntry> Entries { get; } = entries;

    /// <summary>Indexes into <see cref="Entries"/> in the order asked for; the name, then the id, break ties.</summary>
    public int[] Order(PortfolioSort sort, bool desc, CultureInfo culture, IReadOnlyDictionary<string, string> csmNames)
    {
        // CSM names can change between requests, so the CSM order is kept per set of names.
        var csms = sort == PortfolioSort.Csm ? string.Join('\n', csmNames.Select(kv => kv.Key + "\t" + kv.Value)) : null;
        return orders.GetOrAdd((culture.Name, sort, desc, csms), _ => new Lazy<int[]>(() => Sort(sort, desc, culture, csmNames))).Value;
    }

    private int[] Sort(PortfolioSort sort, bool desc, CultureInfo culture, IReadOnlyDictionary<string, string> csmNames)
    {
        // Sort keys compare as bytes: the same order as the culture's comparer, without its cost per comparison.
        var compare = culture.CompareInfo;
        var names = Array.ConvertAll(entries, e => compare.GetSortKey(e.Row.Name, CompareOptions.IgnoreCase));
        var csmKeys = sort == PortfolioSort.Csm
            ? Array.ConvertAll(entries, e => compare.GetSortKey(
                (e.Row.CsmUserId is null ? null : csmNames.GetValueOrDefault(e.Row.CsmUserId)) ?? "\uffff", CompareOptions.IgnoreCase))
            : [];
        Comparison<int> primary = sort switch
        {
            PortfolioSort.Name => (a, b) => SortKey.Compare(names[a], names[b]),
            PortfolioSort.Health => (a, b) => entries[a].Row.Health.Score.CompareTo(entries[b].Row.Health.Score),
            // ARR in mixed currencies sorts by amount; the currency is shown beside it.
            PortfolioSort.Arr => (a, b) => entries[a].Row.Arr.CompareTo(entries[b].Row.Arr),
            PortfolioSort.Segment => (a, b) => entries[a].Row.Segment.CompareTo(entries[b].Row.Segment),
            PortfolioSort.Stage => (a, b) => entries[a].Row.Stage.CompareTo(entries[b].Row.Stage),
            PortfolioSort.Csm => (a, b) => SortKey.Compare(csmKeys[a], csmKeys[b]),
            _ => (a, b) => entries[a].Row.RenewalDate.CompareTo(entries[b].Row.RenewalDate),
        };
        var order = new int[entries.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        // The name breaks ties so every order is stable from page to page; the id, accounts of the same name.
        Array.Sort(order, (a, b) =>
        {
            var c = primary(a, b);
            if (c != 0)
            {
                return desc ? -c : c;
            }

            c = SortKey.Compare(names[a], names[b]);
            return c != 0 ? c : entries[a].Row.Id.CompareTo(entries[b].Row.Id);
        });
        return order;
    }
}
