using Adoption.Portal.Pages.Customer.Profile;

namespace Adoption.Portal.Tests.Profile;

public sealed class TheTimeZoneList
{
    [Fact]
    public void LabelsEachZoneWithItsOffsetOnTheDayItIsShown()
    {
        var winter = TimeZones.At(new DateTimeOffset(2026, 1, 15, 12, 0, 0, TimeSpan.Zero));
        var summer = TimeZones.At(new DateTimeOffset(2026, 7, 15, 12, 0, 0, TimeSpan.Zero));

        Assert.Equal("(UTC+02:00) Europe/Helsinki", winter.Single(z => z.Id == "Europe/Helsinki").Label);
        Assert.Equal("(UTC+03:00) Europe/Helsinki", summer.Single(z => z.Id == "Europe/Helsinki").Label);
        Assert.Equal("(UTC-05:00) America/New_York", winter.Single(z => z.Id == "America/New_York").Label);
        Assert.Equal("(UTC-04:00) America/New_York", summer.Single(z => z.Id == "America/New_York").Label);
        Assert.Equal("(UTC+08:00) Asia/Shanghai", summer.Single(z => z.Id == "Asia/Shanghai").Label);
        Assert.Equal("(UTC+00:00) UTC", summer.Single(z => z.Id == "UTC").Label);
    }

    [Fact]
    public void ListsZonesWestToEast()
    {
        var zones = TimeZones.At(new DateTimeOffset(2026, 7, 15, 12, 0, 0, TimeSpan.Zero)).Select(z => z.Id).ToList();

        Assert.True(zones.IndexOf("America/New_York") < zones.IndexOf("Europe/Helsinki"));
        Assert.True(zones.IndexOf("Europe/Helsinki") < zones.IndexOf("Asia/Shanghai"));
        Assert.Equal(zones.Count, zones.Distinct().Count());
    }
}
