using Adoption.Portal.Domain.Revenue;
using Adoption.Portal.Revenue;

namespace Adoption.Portal.Tests.Revenue;

public sealed class TheArrHistory
{
    private static readonly DateOnly Q3 = new(2026, 7, 1);

    private static ArrChange Change(int id, DateOnly on, decimal arr, int recordedMinute = 0) => new()
    {
        Id = id, AccountId = 1, EffectiveOn = on, Arr = arr, RecordedAt = new DateTime(2026, 1, 1, 0, recordedMinute, 0, DateTimeKind.Utc),
    };

    [Fact]
    public void ReadsTheLastChangeInEffectOnTheDay()
    {
        ArrChange[] changes = [Change(1, Q3.AddDays(-100), 100m), Change(2, Q3.AddDays(-10), 150m), Change(3, Q3.AddDays(5), 900m)];

        Assert.Equal(150m, ArrHistory.On(changes, Q3)!.Arr);
        Assert.Equal(900m, ArrHistory.On(changes, Q3.AddDays(5))!.Arr);
    }

    [Fact]
    public void LeavesAChangeDatedTheFirstDayOutOfThePeriodsStart()
    {
        ArrChange[] changes = [Change(1, Q3.AddDays(-1), 100m), Change(2, Q3, 200m)];

        Assert.Equal(100m, ArrHistory.Before(changes, Q3)!.Arr);
        Assert.Equal(200m, ArrHistory.On(changes, Q3)!.Arr);
    }

    [Fact]
    public void HasNoArrBeforeTheFirstChange() => Assert.Null(ArrHistory.Before([Change(1, Q3, 100m)], Q3));

    [Fact]
    public void LetsTheLaterRecordingWinOnTheSameDay() =>
        Assert.Equal(70m, ArrHistory.On([Change(2, Q3, 70m, recordedMinute: 9), Change(1, Q3, 50m, recordedMinute: 1)], Q3)!.Arr);
}
