namespace WorkflowPlatform.Activities.Nps;

/// <summary>The NPS category of a score: promoter (9–10), passive (7–8) or detractor (0–6).</summary>
public static class NpsCategory
{
    public const string Promoter = "promoter";
    public const string Passive = "passive";
    public const string Detractor = "detractor";

    public static bool IsScore(int score) => score is >= 0 and <= 10;

    public static string Of(int score) => score switch
    {
        >= 9 and <= 10 => Promoter,
        >= 7 and <= 8 => Passive,
        >= 0 and <= 6 => Detractor,
        _ => throw new ArgumentOutOfRangeException(nameof(score), score, "An NPS score is 0 to 10."),
    };
}
