namespace Adoption.Portal.Ingestion.Parsing;

/// <summary>What a request body held: valid messages, rejected items, the body's write key, or a
/// problem that rejects the whole request (then nothing of it is stored).</summary>
internal sealed class ParsedRequest
{
    public List<IncomingMessage> Messages { get; } = [];
    public List<Rejection> Rejected { get; } = [];
    public string? WriteKey { get; set; }
    public RequestProblem? Problem { get; set; }

    public static ParsedRequest Failed(int status, string title, string detail) =>
        new() { Problem = new RequestProblem(status, title, detail) };
}

/// <summary>Why a whole request was refused: becomes an application/problem+json answer.</summary>
internal sealed record RequestProblem(int Status, string Title, string Detail);
