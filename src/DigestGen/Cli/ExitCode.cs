namespace DigestGen.Cli;

/// <summary>What the process exit status means to scripts and CI.</summary>
public enum ExitCode
{
    /// <summary>Built and published (possibly with input warnings or errors, unless --strict).</summary>
    Ok = 0,

    /// <summary>With --strict: the input had problems that were skipped. The site was built and published.</summary>
    InputProblems = 1,

    /// <summary>The command line was wrong (unknown option, bad date, missing folder).</summary>
    Usage = 2,

    /// <summary>
    /// The build stopped on an error: something explicitly asked for cannot be had (e.g. --device cuda without CUDA),
    /// or the theme, the renderer or search failed. Nothing was published; the previous site is left as it was.
    /// </summary>
    BuildStopped = 3,

    /// <summary>
    /// The machine stood in the way: the output folder cannot be written, the disk is full, or another build into the
    /// same output folder did not finish in time. Nothing was published.
    /// </summary>
    Environment = 4,

    /// <summary>A bug in DigestGen (an unexpected exception). Nothing was published; DIGESTGEN_DEBUG=1 shows the stack trace.</summary>
    InternalError = 5,
}
