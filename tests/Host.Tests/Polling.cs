namespace WorkflowPlatform.Host.Tests;

/// <summary>Waits for background work the test cannot await directly, failing with what it waited for.</summary>
internal static class Polling
{
    public static async Task<T> UntilAsync<T>(Func<Task<T>> read, Func<T, bool> done, int seconds, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        var last = await read();
        while (!done(last))
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Waited {seconds} s for {what}; last seen: {last}");
            }

            await Task.Delay(50);
            last = await read();
        }

        return last;
    }
}
