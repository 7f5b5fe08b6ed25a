using System.Text.Json;
using Adoption.Portal.Domain.Training;

namespace Adoption.Portal.Pages.Csm.Training;

/// <summary>A quiz as CSMs author it: JSON with a text per locale for every question and choice (docs/training.md shows the shape).</summary>
internal static class QuizJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static string? Write(Quiz? quiz) => quiz is null ? null : JsonSerializer.Serialize(quiz, Options);

    /// <summary>The quiz, or null for an empty field; throws <see cref="JsonException"/> for text that is not JSON.</summary>
    public static Quiz? Read(string? json) => string.IsNullOrWhiteSpace(json) ? null : JsonSerializer.Deserialize<Quiz>(json, Options);

    /// <summary>True when the text is empty or a quiz people can take: a pass mark of 1–100, questions with an
    /// English prompt, two or more choices each with English text, and a right answer (exactly one for single choice).</summary>
    public static bool IsValid(string? json)
    {
        try
        {
            var quiz = Read(json);
            return quiz is null || (quiz.PassPercent is >= 1 and <= 100 && quiz.Questions.Count > 0 && quiz.Questions.All(q =>
                q.Prompt.TryGetValue("en", out var prompt) && !string.IsNullOrWhiteSpace(prompt)
                && q.Choices.Count >= 2 && q.Choices.All(c => c.Text.TryGetValue("en", out var text) && !string.IsNullOrWhiteSpace(text))
                && (q.Multiple ? q.Choices.Any(c => c.Correct) : q.Choices.Count(c => c.Correct) == 1)));
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
