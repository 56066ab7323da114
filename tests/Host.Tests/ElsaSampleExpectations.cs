namespace WorkflowPlatform.Host.Tests;

/// <summary>What each Elsa sample in <c>ElsaSamples/</c> becomes: activities as <c>id:Type</c>, connections as <c>from-Port->to</c>.</summary>
internal static class ElsaSampleExpectations
{
    public sealed record Sample(string Id, string[] Activities, string[] Connections, string[] Unmapped, string[] WarningPaths);

    public static Sample For(string file) => file switch
    {
        "01-http-hello-world.json" => new("f926beb0afc8505e",
            ["90c3d3b2ea1f6ddc:HttpEndpoint", "3048105347912af5:WriteHttpResponse"],
            ["90c3d3b2ea1f6ddc-Done->3048105347912af5"], [], ["version"]),
        "02-timer-trigger.json" => new("d1d828033d9c2dcd",
            ["89ab56281a99239:Cron", "b91befb34b3e44ea:Log"],
            ["89ab56281a99239-Done->b91befb34b3e44ea"], [], ["root.activities[1].interval"]),
        "03-cron-every-hour.json" => new("311cedd544cfe691",
            ["13658e4b3bfafaaf:Cron", "1bf2412c9603f5d3:Log"],
            ["13658e4b3bfafaaf-Done->1bf2412c9603f5d3"], [], []),
        // FlowFork folds away: the three branches have nothing before them, so all three start.
        "04-flowfork.json" => new("5590069018aa4f0e",
            ["e6f0cddb1cdbdd7c:Log", "3ece093dfc20c752:Log", "ca9fcd1d6069df9:Log"], [], [], []),
        "05-fork-decision-join-waitall.json" => new("3d3412c458178ff3",
            ["80847eb320f89c72:Join", "8558cd1571aff0e8:Log", "af2cc31d1cef7a90:Log", "35c0f40b240666c6:If", "cfffbc06a0b6eeb0:Fail",
             "896ddf80e59c66ef:Log", "79e963ee9889c30a:Log", "7302df5350ea8095:Log", "c1a7d756c9ad7597:Log"],
            ["79e963ee9889c30a-Done->7302df5350ea8095", "79e963ee9889c30a-Done->c1a7d756c9ad7597", "79e963ee9889c30a-Done->896ddf80e59c66ef",
             "35c0f40b240666c6-True->af2cc31d1cef7a90", "896ddf80e59c66ef-Done->35c0f40b240666c6", "35c0f40b240666c6-False->cfffbc06a0b6eeb0",
             "c1a7d756c9ad7597-Done->80847eb320f89c72", "80847eb320f89c72-Done->8558cd1571aff0e8", "7302df5350ea8095-Done->80847eb320f89c72",
             "af2cc31d1cef7a90-Done->80847eb320f89c72"], [], ["root.activities[4]"]),
        // Legacy flat connections; Start folds away and the loop starts at WriteLine1.
        "06-implicit-loop-legacy-connections.json" => new("68e6bca3d86c4a5a8dfb825f1d5c0875",
            ["setvariable1:SetVariable", "writeline3:Log", "writeline2:Log", "writeline1:Log", "flowdecision1:If"],
            ["writeline1-Done->setvariable1", "flowdecision1-True->writeline3", "flowdecision1-False->writeline2",
             "writeline2-Done->writeline1", "setvariable1-Done->flowdecision1"], [], ["root.activities[0].id"]),
        "07-braided-delays.json" => new("abb565fd716f4eb7be0510ab8ff36329",
            ["writeline1:Log", "writeline2:Log", "writeline3:Log", "writeline4:Log", "writeline5:Log", "writeline6:Log",
             "writeline7:Log", "writeline8:Log", "writeline9:Log", "delay1:Delay", "delay2:Delay"],
            ["writeline1-Done->writeline2", "writeline2-Done->writeline4", "writeline3-Done->writeline5", "writeline1-Done->writeline3",
             "writeline5-Done->writeline7", "writeline2-Done->writeline5", "writeline6-Done->delay2", "writeline3-Done->writeline6",
             "writeline8-Done->writeline9", "delay2-Done->writeline8", "writeline5-Done->writeline8", "delay1-Done->writeline7",
             "writeline7-Done->writeline9", "writeline4-Done->delay1"], [], []),
        // The FlowNode's nested flowchart is flattened; its Event, reached mid-flow, waits for the event.
        "08-flownode-event-blocking.json" => new("4aa1e566da264ab6b5495bedb734096d",
            ["eih3q0um1u-qsch1b3gbjq:Log", "0z7velr5cew-r7yyoeejbq:Log", "8kvhrw-wpuizyxoq0c6nvg:WaitForEvent"],
            ["eih3q0um1u-qsch1b3gbjq-Done->0z7velr5cew-r7yyoeejbq"], [], ["root.activities[3].body.activities[0]"]),
        // The child's custom outcomes (Success, Failure) have no counterpart: those connections are left out and reported.
        "09-subworkflow-parent.json" => new("89d6fe82a11fbed6",
            ["77069142b8b9da15:Log", "34e3dcda423f3c1c:Log", "8b7bf9cd03c066fa:Log", "abcd6d3d391bfe10:RunWorkflow"],
            ["8b7bf9cd03c066fa-Done->abcd6d3d391bfe10"], [], ["root.connections[1]", "root.connections[2]", "root.activities[0]", "root.activities[1]"]),
        "10-subworkflow-child.json" => new("3dcdbf22d29d6e60",
            ["a3625dd2e8405265:Log", "31d29bf86b2b62cb:Log", "57576570e00a4c70:Log", "caa57f31b8d0e0d1:Log", "fb20dbd8777282b2:SetVariable"],
            ["a3625dd2e8405265-Done->31d29bf86b2b62cb", "31d29bf86b2b62cb-Done->57576570e00a4c70", "fb20dbd8777282b2-Done->caa57f31b8d0e0d1",
             "a3625dd2e8405265-Done->fb20dbd8777282b2"], ["8654ab45535f4069:Elsa.Complete"], ["outcomes"]),
        _ => throw new ArgumentException($"No expectations for {file}: add them here.", nameof(file)),
    };
}
