namespace WorkflowPlatform.Engine.Runtime;

/// <summary>Wakes the timer poller early when a commit adds a bookmark due sooner than it planned to look.</summary>
public sealed class TimerSignal
{
    private TaskCompletionSource changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Notify() => Interlocked.Exchange(ref changed, new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();

    /// <summary>Waits until <paramref name="delay"/> passes or a new timer is added.</summary>
    public Task WaitAsync(TimeSpan delay, TimeProvider time, CancellationToken cancellationToken) =>
        Task.WhenAny(Task.Delay(delay, time, cancellationToken), Volatile.Read(ref changed).Task);
}
