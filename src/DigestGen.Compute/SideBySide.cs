namespace DigestGen.Compute;

/// <summary>
/// Two pieces of work at once, the second on another thread, so the first's core is not the only one busy. Both have
/// finished when <see cref="Run"/> returns or throws: the second often shares what the first's failure is about to
/// discard (a site writer, a timer), so it is never left running behind the caller.
/// </summary>
public static class SideBySide
{
    public static (T1 First, T2 Second) Run<T1, T2>(Func<T1> first, Func<T2> second)
    {
        var secondRun = Task.Run(second);
        T1 firstResult;
        try
        {
            firstResult = first();
        }
        catch
        {
            ((IAsyncResult)secondRun).AsyncWaitHandle.WaitOne();
            throw;
        }

        return (firstResult, secondRun.GetAwaiter().GetResult());
    }
}
