namespace DigestGen.Tests.Support;

/// <summary>
/// A test that drives the headless browser. Without one it is skipped, saying why, but only when CI is unset: in CI
/// a missing browser fails the test.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (BrowserPath.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
