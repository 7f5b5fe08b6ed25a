using Adoption.Portal.Domain.Adoption;
using Adoption.Portal.Domain.Plans;
using Adoption.Portal.Domain.Training;

namespace Adoption.Portal.Demo;

/// <summary>The vendor's side of the demo: key features, training library and plan template.</summary>
internal static class DemoCatalogue
{
    public static List<KeyFeature> Features() => DemoLanguages.Translated(
    [
        Feature(1, "dashboards", "Dashboards", "Live views of shipments, orders and exceptions.", "Dashboard Viewed"),
        Feature(2, "reports", "Scheduled reports", "Reports delivered to inboxes on a schedule.", "Report Scheduled"),
        Feature(3, "automations", "Automations", "Rules that act on events without a person.", "Automation Created"),
        Feature(4, "integrations", "Integrations", "Connections to ERP, CRM and data warehouse.", "Integration Connected"),
        Feature(5, "alerts", "Alerts", "Notifications when a metric crosses a threshold.", "Alert Created"),
        Feature(6, "sharing", "Sharing", "Views and reports shared with colleagues.", "Item Shared"),
        Feature(7, "mobile", "Mobile app", "The product on phones and tablets.", "App Opened", ("platform", "mobile")),
        Feature(8, "api", "API", "Programmatic access for in-house tools.", "API Token Created"),
    ]);

    private static KeyFeature Feature(int order, string key, string name, string description, string eventName, (string Name, string Value)? property = null) =>
        new()
        {
            Key = key, Name = name, Description = description, Order = order,
            Rules = [new FeatureEventRule { EventName = eventName, PropertyName = property?.Name, PropertyValue = property?.Value }],
        };

    public static List<TrainingPath> Library(IReadOnlyDictionary<string, int> featureIds) =>
    [
        new()
        {
            Title = "Getting started", Description = "The first hour: find your way, build a dashboard, share it.",
            Modules =
            [
                Module(1, "Tour of the workspace", ModuleKind.Video, "https://docs.adoption.example/start/tour", 8),
                Module(2, "Build your first dashboard", ModuleKind.Exercise, "https://docs.adoption.example/start/dashboard", 20, featureIds["dashboards"]),
                Module(3, "Share with your team", ModuleKind.Doc, "https://docs.adoption.example/start/sharing", 10, featureIds["sharing"]),
                Module(4, "The mobile app", ModuleKind.Video, "https://docs.adoption.example/start/mobile", 6, featureIds["mobile"]),
            ],
        },
        new()
        {
            Title = "Reporting and alerts", Description = "Let the numbers come to you.",
            Modules =
            [
                Module(1, "Scheduled reports", ModuleKind.Doc, "https://docs.adoption.example/reports/scheduled", 15, featureIds["reports"]),
                Module(2, "Alerts that matter", ModuleKind.Exercise, "https://docs.adoption.example/reports/alerts", 25, featureIds["alerts"]),
                Module(3, "Reading trends", ModuleKind.Video, "https://docs.adoption.example/reports/trends", 12),
            ],
        },
        new()
        {
            Title = "Admin essentials", Description = "Connect your systems and automate the routine.",
            Modules =
            [
                Module(1, "Connect your ERP", ModuleKind.Doc, "https://docs.adoption.example/admin/integrations", 30, featureIds["integrations"]),
                Module(2, "Automations", ModuleKind.Exercise, "https://docs.adoption.example/admin/automations", 30, featureIds["automations"]),
                Module(3, "API tokens", ModuleKind.Doc, "https://docs.adoption.example/admin/api", 15, featureIds["api"]),
            ],
        },
    ];

    private static TrainingModule Module(int order, string title, ModuleKind kind, string url, int minutes, int? featureId = null) =>
        new() { Order = order, Title = title, Kind = kind, Url = url, Minutes = minutes, KeyFeatureId = featureId };

    public static PlanTemplate OnboardingTemplate() => new PlanTemplate
    {
        Name = "Operational visibility",
        Description = "For operations teams replacing spreadsheets with live dashboards and alerts.",
        Objectives =
        [
            TemplateObjective(1, "Go live with the core team", "Everyone who plans or dispatches works in the product.", "Weekly active users", "people",
                ("Kick-off and success criteria agreed", OwnerSide.Vendor, 7, true),
                ("Invite the core team", OwnerSide.Customer, 14, true),
                ("Connect the ERP", OwnerSide.Customer, 30, true),
                ("Check adoption with the sponsor", OwnerSide.Vendor, 45, false)),
            TemplateObjective(2, "Replace the weekly spreadsheet", "Weekly numbers come from scheduled reports, not copy-paste.", "Hours spent on reporting per month", "hours",
                ("Build the operations dashboard", OwnerSide.Customer, 40, true),
                ("Schedule the Monday report", OwnerSide.Customer, 50, true),
                ("Retire the spreadsheet", OwnerSide.Customer, 75, true)),
            TemplateObjective(3, "Catch exceptions before customers do", "Late shipments are spotted by alerts, not by complaints.", "Late deliveries per month", "deliveries",
                ("Define alert thresholds together", OwnerSide.Vendor, 60, true),
                ("Alerts live for all depots", OwnerSide.Customer, 90, true),
                ("Value review with the sponsor", OwnerSide.Vendor, 120, true)),
        ],
    }.Translated();

    public static PlanTemplate SmallTeamTemplate() => new PlanTemplate
    {
        Name = "Fast start for small teams",
        Description = "For small customers served by email and in-product guidance: live in a month, value in a quarter.",
        Objectives =
        [
            TemplateObjective(1, "Everyone working in the product", "The whole team signs in weekly.", "Weekly active users", "people",
                ("Welcome call and goals agreed", OwnerSide.Vendor, 3, true),
                ("Invite the whole team", OwnerSide.Customer, 7, true),
                ("Finish the Getting started path", OwnerSide.Customer, 21, true)),
            TemplateObjective(2, "First report on autopilot", "The weekly numbers arrive without anyone compiling them.", "Hours spent on reporting per month", "hours",
                ("Build the first dashboard", OwnerSide.Customer, 14, true),
                ("Schedule the weekly report", OwnerSide.Customer, 30, true),
                ("Check usage before the first renewal reminder", OwnerSide.Vendor, 75, false)),
        ],
    }.Translated();

    private static TemplateObjective TemplateObjective(int order, string title, string description, string metric, string unit,
        params (string Title, OwnerSide Owner, int Days, bool Visible)[] milestones) => new()
    {
        Order = order, Title = title, Description = description, MetricName = metric, MetricUnit = unit,
        Milestones = milestones.Select((m, i) => new TemplateMilestone
        {
            Title = m.Title, Owner = m.Owner, DueAfterDays = m.Days, CustomerVisible = m.Visible, Order = i + 1,
        }).ToList(),
    };
}
