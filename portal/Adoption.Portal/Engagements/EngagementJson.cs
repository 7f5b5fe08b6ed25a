using System.Text.Json.Serialization;
using Adoption.Portal.Domain.Engagements;

namespace Adoption.Portal.Engagements;

/// <summary>The JSON of stored definitions (content, steps, targeting) and of the wire API, source-generated.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(List<EngagementContent>))]
[JsonSerializable(typeof(List<ChecklistStep>))]
[JsonSerializable(typeof(Targeting))]
[JsonSerializable(typeof(DecideRequest))]
[JsonSerializable(typeof(DecideResponse))]
[JsonSerializable(typeof(OutcomesRequest))]
[JsonSerializable(typeof(OutcomesResponse))]
internal sealed partial class EngagementJson : JsonSerializerContext;
