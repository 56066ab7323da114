using System.Diagnostics;
using WorkflowPlatform.Bench.Http;

// A closed-loop HTTP load driver: N connections each send the next request when the previous answers.
// Usage: WorkflowPlatform.Bench.Http <url> [--connections 16] [--seconds 20] [--warmup 3] [--requests N] [--body '{...}'] [--header 'Name: value']
// With --requests the run stops after N requests; {seq} in the body becomes the request's number.
var options = LoadOptions.Parse(args);
Console.WriteLine($"{options.Method} {options.Url} with {options.Connections} connections for {options.Duration.TotalSeconds:0} s (+{options.Warmup.TotalSeconds:0} s warm-up)");

await LoadRun.ExecuteAsync(options, options.Warmup);
var stopwatch = Stopwatch.StartNew();
var result = await LoadRun.ExecuteAsync(options, options.Duration);
stopwatch.Stop();

result.Print(stopwatch.Elapsed);
return result.Errors > 0 && result.Completed == 0 ? 1 : 0;
