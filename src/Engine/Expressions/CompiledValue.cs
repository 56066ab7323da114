using System.Text.Json.Nodes;

namespace WorkflowPlatform.Engine.Expressions;

/// <summary>An input value compiled once per definition version: a literal, an expression, or a literal with expressions inside.</summary>
public abstract class CompiledValue
{
    /// <summary>True for a literal without expressions: evaluating it returns <see cref="Constant"/> without work.</summary>
    public abstract bool IsConstant { get; }

    public virtual JsonNode? Constant => null;

    /// <summary>True when a <c>$secret</c> is inside, so journals show the input redacted.</summary>
    public abstract bool ContainsSecret { get; }

    /// <summary>The secret's name when the value is exactly <c>{ "$secret": name }</c>.</summary>
    public virtual string? SecretName => null;
}

internal sealed class ConstantValue(JsonNode? value) : CompiledValue
{
    public override bool IsConstant => true;
    public override JsonNode? Constant => value;
    public override bool ContainsSecret => false;
}

internal sealed class JavaScriptValue(Jint.Prepared<Acornima.Ast.Script> script, string source, ScopeNames uses) : CompiledValue
{
    public Jint.Prepared<Acornima.Ast.Script> Script { get; } = script;
    public string Source { get; } = source;
    public ScopeNames Uses { get; } = uses;
    public override bool IsConstant => false;
    public override bool ContainsSecret => false;
}

internal sealed class LiquidValue(Fluid.IFluidTemplate template) : CompiledValue
{
    public Fluid.IFluidTemplate Template { get; } = template;
    public override bool IsConstant => false;
    public override bool ContainsSecret => false;
}

internal sealed class SecretValue(string name) : CompiledValue
{
    public string Name { get; } = name;
    public override bool IsConstant => false;
    public override bool ContainsSecret => true;
    public override string? SecretName => Name;
}

/// <summary>A value that did not compile; evaluating it fails with the compile error.</summary>
internal sealed class InvalidValue(string error) : CompiledValue
{
    public string Error { get; } = error;
    public override bool IsConstant => false;
    public override bool ContainsSecret => false;
}

/// <summary>A literal object whose members contain expressions (such as Switch cases).</summary>
internal sealed class ObjectTemplate(IReadOnlyList<KeyValuePair<string, CompiledValue>> members) : CompiledValue
{
    public IReadOnlyList<KeyValuePair<string, CompiledValue>> Members { get; } = members;
    public override bool IsConstant => false;
    public override bool ContainsSecret => Members.Any(m => m.Value.ContainsSecret);
}

internal sealed class ArrayTemplate(IReadOnlyList<CompiledValue> items) : CompiledValue
{
    public IReadOnlyList<CompiledValue> Items { get; } = items;
    public override bool IsConstant => false;
    public override bool ContainsSecret => Items.Any(i => i.ContainsSecret);
}

/// <summary>Which scope names a script mentions, so only those are converted for it.</summary>
[Flags]
internal enum ScopeNames
{
    None = 0,
    Input = 1,
    Vars = 2,
    Outputs = 4,
    Trigger = 8,
    Workflow = 16,
}
