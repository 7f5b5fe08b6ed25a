using System.Text.Json.Serialization;
using Adoption.Portal.Domain.Nps;

namespace Adoption.Portal.Nps;

/// <summary>The JSON of stored survey rules and of the answers API, source-generated.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UseStringEnumConverter = true)]
[JsonSerializable(typeof(SurveySettings))]
[JsonSerializable(typeof(AnswerRequest))]
[JsonSerializable(typeof(AnswerResponse))]
internal sealed partial class NpsJson : JsonSerializerContext;
