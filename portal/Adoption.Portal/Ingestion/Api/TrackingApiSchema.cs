using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Text.Json.Nodes;

namespace Adoption.Portal.Ingestion.Api;

// These types only describe the request bodies in the OpenAPI document and the reference page;
// the API itself reads bodies with Utf8JsonReader (see Parsing/SegmentParser.cs).

[Description("Fields every call may carry (Segment's common fields).")]
public abstract class TrackingCall
{
    [Description("Who did it: your stable id for the user. userId or anonymousId is required.")]
    public string? UserId { get; set; }
    [Description("A device or session id for a user not yet known. userId or anonymousId is required.")]
    public string? AnonymousId { get; set; }
    [Description("Unique per message (at most 100 characters). A message sent again with the same messageId by the same write key is stored once. Generated if absent, which disables that protection.")]
    public string? MessageId { get; set; }
    [Description("When it happened, by the sender's clock (ISO-8601). Corrected by sentAt; clamped to the receipt time when more than 1 hour ahead or 90 days behind.")]
    public DateTimeOffset? Timestamp { get; set; }
    [Description("When the sender sent it, by the same clock (ISO-8601); the portal uses receivedAt − (sentAt − timestamp).")]
    public DateTimeOffset? SentAt { get; set; }
    [Description("Context. context.groupId names the account (your groupId) the call belongs to.")]
    public JsonObject? Context { get; set; }
    [Description("The write key, when it is not sent as the HTTP Basic user name.")]
    public string? WriteKey { get; set; }
}

[Description("Something a user did. Counts as use of a key feature when the catalogue maps the event (and property) to one.")]
public sealed class TrackCall : TrackingCall
{
    [Required, Description("The event's name, e.g. \"Report Scheduled\" (at most 200 characters).")]
    public string Event { get; set; } = "";
    [Description("Properties of the event; catalogue rules may match one of them.")]
    public JsonObject? Properties { get; set; }
}

[Description("Who a user is. Keeps the matching contact current: email, name (or firstName/lastName), title, role, locale.")]
public sealed class IdentifyCall : TrackingCall
{
    [Description("Traits: email, name, firstName, lastName, title, role (user, admin, champion, executive sponsor), locale (en, fi, it, zh-Hans).")]
    public JsonObject? Traits { get; set; }
}

[Description("Which account (company) a user belongs to. An unknown groupId creates a tech-touch SMB account.")]
public sealed class GroupCall : TrackingCall
{
    [Required, Description("Your id for the account (at most 200 characters).")]
    public string GroupId { get; set; } = "";
    [Description("Traits: name, plan, arr, industry, employees.")]
    public JsonObject? Traits { get; set; }
}

[Description("A page view in a web product; counts as activity.")]
public sealed class PageCall : TrackingCall
{
    [Description("The page's name.")]
    public string? Name { get; set; }
    [Description("Properties of the page view.")]
    public JsonObject? Properties { get; set; }
}

[Description("A screen view in a mobile product; counts as activity.")]
public sealed class ScreenCall : TrackingCall
{
    [Description("The screen's name.")]
    public string? Name { get; set; }
    [Description("Properties of the screen view.")]
    public JsonObject? Properties { get; set; }
}

[Description("Says that previousId and userId are the same person.")]
public sealed class AliasCall : TrackingCall
{
    [Required, Description("The id the user had before (e.g. an anonymousId).")]
    public string PreviousId { get; set; } = "";
}

[Description("Up to 2,500 calls (500 KB) in one request, each with its type.")]
public sealed class BatchCall
{
    [Required, Description("The calls, each an object with type (track, identify, group, page, screen, alias) and that call's fields.")]
    public List<JsonObject> Batch { get; set; } = [];
    [Description("Context merged into every item's context (the item's own fields win).")]
    public JsonObject? Context { get; set; }
    [Description("When the batch was sent; used for items without their own sentAt.")]
    public DateTimeOffset? SentAt { get; set; }
    [Description("The write key, when it is not sent as the HTTP Basic user name.")]
    public string? WriteKey { get; set; }
}
