namespace Adoption.Portal.Domain.Training;

/// <summary>A short quiz at the end of a module: single and multiple choice, texts per locale, a pass mark.</summary>
public sealed class Quiz
{
    /// <summary>The share of questions answered exactly right needed to pass, 1..100.</summary>
    public int PassPercent { get; set; } = 80;
    public List<QuizQuestion> Questions { get; set; } = [];

    /// <summary>Scores <paramref name="answers"/> (per question, the chosen choice indexes): a question counts
    /// only when exactly its correct choices are chosen.</summary>
    public QuizScore Score(IReadOnlyList<IReadOnlyCollection<int>> answers)
    {
        var right = Questions.Where((q, i) => i < answers.Count && q.IsRight(answers[i])).Count();
        var percent = Questions.Count == 0 ? 100 : (int)Math.Floor(100.0 * right / Questions.Count);
        return new QuizScore(right, Questions.Count, percent, percent >= PassPercent);
    }
}

public sealed record QuizScore(int Right, int Questions, int Percent, bool Passed);

public sealed class QuizQuestion
{
    /// <summary>More than one choice may be right; the person ticks boxes instead of one radio button.</summary>
    public bool Multiple { get; set; }
    /// <summary>The question per locale ("en", "fi", "it", "zh-Hans").</summary>
    public Dictionary<string, string> Prompt { get; set; } = [];
    public List<QuizChoice> Choices { get; set; } = [];

    public bool IsRight(IReadOnlyCollection<int> chosen)
    {
        var correct = Choices.Select((c, i) => (c, i)).Where(x => x.c.Correct).Select(x => x.i).ToHashSet();
        return correct.SetEquals(chosen) && (Multiple || chosen.Count == 1);
    }
}

public sealed class QuizChoice
{
    public Dictionary<string, string> Text { get; set; } = [];
    public bool Correct { get; set; }
}

/// <summary>One try at a module's quiz: the answers as given, the score, pass or not. Retakes add rows.</summary>
public sealed class QuizAttempt
{
    public long Id { get; set; }
    public int EnrolmentId { get; set; }
    public int ModuleId { get; set; }
    public DateTime AttemptedAt { get; set; }
    /// <summary>Per question, the chosen choice indexes.</summary>
    public List<List<int>> Answers { get; set; } = [];
    public int Percent { get; set; }
    public bool Passed { get; set; }
}
