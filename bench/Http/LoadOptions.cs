using System.Globalization;

namespace WorkflowPlatform.Bench.Http;

internal sealed record LoadOptions(Uri Url, string Method, int Connections, TimeSpan Duration, TimeSpan Warmup, string? Body, IReadOnlyList<(string Name, string Value)> Headers, long? Requests)
{
    public static LoadOptions Parse(string[] args)
    {
        if (args.Length == 0 || !Uri.TryCreate(args[0], UriKind.Absolute, out var url))
        {
            throw new ArgumentException("The first argument is the URL to load.");
        }

        int connections = 16, seconds = 20, warmup = 3;
        long? requests = null;
        string? body = null;
        var method = "GET";
        var headers = new List<(string, string)>();
        for (var i = 1; i < args.Length - 1; i += 2)
        {
            var value = args[i + 1];
            switch (args[i])
            {
                case "--connections": connections = int.Parse(value, CultureInfo.InvariantCulture); break;
                case "--seconds": seconds = int.Parse(value, CultureInfo.InvariantCulture); break;
                case "--warmup": warmup = int.Parse(value, CultureInfo.InvariantCulture); break;
                case "--body": body = value; method = "POST"; break;
                case "--method": method = value; break;
                case "--requests": requests = long.Parse(value, CultureInfo.InvariantCulture); break;
                case "--header":
                    var parts = value.Split(':', 2);
                    headers.Add((parts[0].Trim(), parts[1].Trim()));
                    break;
                default: throw new ArgumentException($"Unknown option {args[i]}.");
            }
        }

        return new LoadOptions(url, method, connections, TimeSpan.FromSeconds(seconds), TimeSpan.FromSeconds(warmup), body, headers, requests);
    }
}
