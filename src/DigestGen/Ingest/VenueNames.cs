namespace DigestGen.Ingest;

/// <summary>
/// Well-known venue abbreviations in their usual spelling, for reading badges glued to titles and for normalising
/// how pages spell them ("NeuRIPS" → "NeurIPS").
/// </summary>
internal static class VenueNames
{
    public static readonly IReadOnlyList<string> Known =
    [
        "AAAI", "ACL", "AISTATS", "ALT", "arXiv", "COLING", "COLM", "COLT", "CoRL", "CVPR", "EACL", "ECCV", "EMNLP", "FOCS",
        "ICASSP", "ICCV", "ICLR", "ICML", "ICRA", "IJCAI", "INTERSPEECH", "JMLR", "KDD", "NAACL", "Nature", "NeurIPS", "PNAS", "RSS",
        "Science", "SIGIR", "SIMODS", "SODA", "STOC", "TMLR", "TPAMI", "UAI", "WWW",
    ];

    /// <summary>The usual spelling of a known venue, or the name as given.</summary>
    public static string Canonical(string name) =>
        Known.FirstOrDefault(known => string.Equals(known, name, StringComparison.OrdinalIgnoreCase)) ?? name;
}
