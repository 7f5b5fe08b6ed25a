using Adoption.Portal.Domain.Accounts;
using Adoption.Portal.Domain.Plans;
using Adoption.Portal.Health.Today;

namespace Adoption.Portal.Tests.Health;

/// <summary>The urgencies docs/health.md publishes for Today's items.</summary>
public sealed class TheTodayRanking
{
    [Theory]
    [InlineData(0, 1.0)]
    [InlineData(75, 0.5)]
    [InlineData(120, 0.2)]
    [InlineData(140, 0.2)]
    public void PressesARenewalMoreAsItNears(int days, double urgency) => Assert.Equal(urgency, TodayRanking.Renewal(days), 3);

    [Theory]
    [InlineData(1, OwnerSide.Vendor, 0.42)]
    [InlineData(30, OwnerSide.Vendor, 1.0)]
    [InlineData(1043, OwnerSide.Vendor, 1.0)]
    [InlineData(30, OwnerSide.Customer, 0.8)]
    public void PressesAnOverdueMilestoneByItsDelayAndOurSideFirst(int days, OwnerSide owner, double urgency) =>
        Assert.Equal(urgency, TodayRanking.OverdueMilestone(days, owner), 3);

    [Fact]
    public void WeighsTheRestAsPublished()
    {
        Assert.Equal(1.0, TodayRanking.Detractor(0), 3);
        Assert.Equal(0.6, TodayRanking.Detractor(6), 3);
        Assert.Equal(0.85, TodayRanking.Ticket(TicketPriority.Urgent, 0), 3);
        Assert.Equal(0.65, TodayRanking.Ticket(TicketPriority.High, 10), 3);
        Assert.Equal(0.70, TodayRanking.Ticket(TicketPriority.High, 400), 3);
        Assert.Equal(0.3, TodayRanking.SignOff(customerSigned: true), 3);
        Assert.Equal(0.15, TodayRanking.SignOff(customerSigned: false), 3);
    }

    [Fact]
    public void MultipliesArrByUrgency()
    {
        Assert.Equal(132_000, TodayRanking.Priority(240_000m, 0.55), 3);
        Assert.True(TodayRanking.Priority(240_000m, TodayRanking.SignOff(customerSigned: true)) > TodayRanking.Priority(54_000m, TodayRanking.Ticket(TicketPriority.Urgent, 0)));
        Assert.Equal(0.5, TodayRanking.Priority(0m, 0.5), 3);
    }
}
