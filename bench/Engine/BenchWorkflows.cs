namespace WorkflowPlatform.Bench.Engine;

/// <summary>The flows measured: ten activities in a row, and three parallel branches joined.</summary>
internal static class BenchWorkflows
{
    public const int SequentialActivities = 10;
    public const int ParallelActivities = 6;

    /// <summary>Five JavaScript assignments, four literal ones, and an If: the mix of a typical agent step.</summary>
    public const string Sequential = """
    { "id": "sequential", "variables": [ { "name": "n", "default": 0 } ],
      "activities": [
        { "id": "a1", "type": "SetVariable", "inputs": { "name": "n", "value": { "$js": "vars.n + 1" } } },
        { "id": "a2", "type": "SetVariable", "inputs": { "name": "label", "value": "start" } },
        { "id": "a3", "type": "SetVariable", "inputs": { "name": "n", "value": { "$js": "vars.n + 1" } } },
        { "id": "a4", "type": "SetVariable", "inputs": { "name": "flag", "value": true } },
        { "id": "a5", "type": "SetVariable", "inputs": { "name": "n", "value": { "$js": "vars.n + 1" } } },
        { "id": "a6", "type": "If", "inputs": { "condition": { "$js": "vars.n > 2" } } },
        { "id": "a7", "type": "SetVariable", "inputs": { "name": "n", "value": { "$js": "vars.n * 10" } } },
        { "id": "a8", "type": "SetVariable", "inputs": { "name": "label", "value": "big" } },
        { "id": "a9", "type": "SetVariable", "inputs": { "name": "n", "value": { "$js": "vars.n + 1" } } },
        { "id": "a10", "type": "SetOutput", "inputs": { "name": "n", "value": 31 } }
      ],
      "connections": [
        { "from": "a1", "to": "a2" }, { "from": "a2", "to": "a3" }, { "from": "a3", "to": "a4" },
        { "from": "a4", "to": "a5" }, { "from": "a5", "to": "a6" }, { "from": "a6", "port": "True", "to": "a7" },
        { "from": "a7", "to": "a8" }, { "from": "a8", "to": "a9" }, { "from": "a9", "to": "a10" }
      ] }
    """;

    public const string Parallel = """
    { "id": "parallel",
      "activities": [
        { "id": "fork", "type": "SetVariable", "inputs": { "name": "x", "value": 1 } },
        { "id": "b1", "type": "SetVariable", "inputs": { "name": "a", "value": { "$js": "vars.x + 1" } } },
        { "id": "b2", "type": "SetVariable", "inputs": { "name": "b", "value": { "$js": "vars.x + 2" } } },
        { "id": "b3", "type": "SetVariable", "inputs": { "name": "c", "value": 3 } },
        { "id": "join", "type": "Join", "inputs": { "mode": "all" } },
        { "id": "done", "type": "SetOutput", "inputs": { "name": "ok", "value": true } }
      ],
      "connections": [
        { "from": "fork", "to": "b1" }, { "from": "fork", "to": "b2" }, { "from": "fork", "to": "b3" },
        { "from": "b1", "to": "join" }, { "from": "b2", "to": "join" }, { "from": "b3", "to": "join" },
        { "from": "join", "to": "done" }
      ] }
    """;
}
