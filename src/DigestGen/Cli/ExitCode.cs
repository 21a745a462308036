namespace DigestGen.Cli;

/// <summary>What the process exit status means to scripts and CI.</summary>
public enum ExitCode
{
    /// <summary>Built (possibly with warnings, unless --strict).</summary>
    Ok = 0,

    /// <summary>With --strict: the input had problems that were skipped.</summary>
    InputProblems = 1,

    /// <summary>The command line was wrong (unknown option, bad date, missing folder).</summary>
    Usage = 2,

    /// <summary>The build could not do what was asked (e.g. --device cuda without CUDA); nothing was written.</summary>
    BuildStopped = 3,
}
