namespace WorkflowPlatform.Engine.Model;

/// <summary>The kinds of value a template field holds; the setup form picks its control from them.</summary>
public static class TemplateFieldTypes
{
    public const string String = "string";
    public const string Text = "text";
    public const string Number = "number";
    public const string Integer = "integer";
    public const string Boolean = "boolean";
    public const string Select = "select";
    public const string Duration = "duration";
    public const string Email = "email";
    public const string Url = "url";

    public static readonly IReadOnlyList<string> All = [String, Text, Number, Integer, Boolean, Select, Duration, Email, Url];
}
