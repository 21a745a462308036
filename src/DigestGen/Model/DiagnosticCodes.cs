namespace DigestGen.Model;

/// <summary>
/// Stable diagnostic codes, grouped by stage: DG01xx ingest, DG02xx merge, DG03xx compute, DG04xx curate,
/// DG05xx render, DG06xx search. Codes never change meaning once published.
/// </summary>
public static class DiagnosticCodes
{
    public const string FileUnreadable = "DG0101";
    public const string RecordWithoutAbstract = "DG0102";
    public const string UnknownShape = "DG0103";
    public const string EmptyFile = "DG0104";
    public const string BinaryFile = "DG0105";
    public const string FileTooLarge = "DG0106";
    public const string TruncatedRecord = "DG0107";
    public const string BadDate = "DG0108";
    public const string UnrecognisedLine = "DG0109";
    public const string NotUtf8 = "DG0110";
    public const string UncertainAuthorSplit = "DG0111";
    public const string NotTextCharacters = "DG0112";
    public const string UnsureTrendingList = "DG0113";
    public const string GluedRecordHeader = "DG0114";
    public const string MisdecodedText = "DG0115";

    public const string UnmatchedAbstract = "DG0201";
    public const string PaperIdHistoryUnreadable = "DG0202";

    public const string EmbeddingsUnavailable = "DG0301";
    public const string PossibleDuplicate = "DG0302";
    public const string TopicHistoryUnreadable = "DG0303";
    public const string EmbeddingsRequestUnmet = "DG0304";

    public const string OverrideUnreadable = "DG0401";
    public const string OverrideBrokenSettings = "DG0402";
    public const string OverrideUnknownKey = "DG0403";
    public const string OverrideWrongValue = "DG0404";
    public const string OverrideMissingTarget = "DG0405";
    public const string OverrideUnknownPaper = "DG0406";
    public const string OverrideUnknownTopic = "DG0407";
    public const string OverrideConflict = "DG0408";
    public const string OverrideSettingInNote = "DG0409";
    public const string OverrideFormerId = "DG0410";
    public const string OverrideUnknownAuthor = "DG0411";

    public const string TemplateSyntax = "DG0501";
    public const string TemplateRuntime = "DG0502";
    public const string IncompletePage = "DG0503";
    public const string NoteNotRendered = "DG0504";
    public const string MathNotTypeset = "DG0505";
    public const string BaseUrlWithoutHost = "DG0506";

    public const string SearchLibraryMissing = "DG0601";
}
