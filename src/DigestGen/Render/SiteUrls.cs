namespace DigestGen.Render;

/// <summary>
/// Every URL of the site, in one place so they stay stable. Links inside pages are root-relative and carry the
/// base path (<c>/digest/papers/x/</c> for a GitHub Pages project site); feeds, the sitemap and canonical links
/// use <see cref="Absolute"/>, which is absolute whenever <c>--base-url</c> gave a scheme and host.
/// </summary>
public sealed class SiteUrls
{
    private readonly string origin;

    public SiteUrls(string baseUrl)
    {
        var normalised = baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/";
        if (Uri.TryCreate(normalised, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            origin = uri.GetLeftPart(UriPartial.Authority);
            BasePath = uri.AbsolutePath;
        }
        else
        {
            origin = string.Empty;
            BasePath = normalised.StartsWith('/') ? normalised : "/" + normalised;
        }
    }

    /// <summary>The path every page lives under, with leading and trailing slash ("/" or "/digest/").</summary>
    public string BasePath { get; }

    /// <summary>Whether <see cref="Absolute"/> can give full URLs (the base URL had a host).</summary>
    public bool HasOrigin => origin.Length > 0;

    public string Home => BasePath;

    public string Paper(string id) => Under("papers", id);

    public string Author(string id) => Under("authors", id);

    /// <summary>A topic's page; a topic with more papers than one page holds continues on /topics/id/page/N/.</summary>
    public string Topic(string id, int page = 1) => Paged(Under("topics", id), page);

    public string TopicFeed(string id) => Topic(id) + "feed.xml";

    /// <summary>A day's page; a day with more papers than one page holds continues on /days/yyyy-MM-dd/page/N/.</summary>
    public string Day(DateOnly day, int page = 1)
    {
        return Paged(Under("days", day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), page);
    }

    public string Days => BasePath + "days/";

    /// <summary>The all-papers listing: its newest page; older pages are numbered from the oldest (<see cref="PapersPage"/>).</summary>
    public string Papers() => BasePath + "papers/";

    /// <summary>
    /// Page <paramref name="number"/> of the all-papers listing, counted from the oldest (/papers/page/1/ holds the first
    /// 100 papers the digest added, for good); the newest page is <see cref="Papers"/>.
    /// </summary>
    public string PapersPage(int number) => $"{BasePath}papers/page/{number.ToString(System.Globalization.CultureInfo.InvariantCulture)}/";

    public string Authors(int page = 1) => Listing("authors", page);

    public string Topics => BasePath + "topics/";

    /// <summary>An area's section on the topics index (areas have no page of their own).</summary>
    public string Area(string areaId) => Topics + "#" + AreaAnchor(areaId);

    /// <summary>The element id of an area's section: prefixed, since an HTML id must start with a letter and a label may not ("3D objects").</summary>
    public static string AreaAnchor(string areaId) => "area-" + areaId;

    public string Search => BasePath + "search/";

    /// <summary>The page that explains the trending formula.</summary>
    public string Ranking => BasePath + "about/ranking/";

    public string AuthorFeed(string id) => Author(id) + "feed.xml";

    public string Asset(string path) => BasePath + "assets/" + path;

    public string File(string path) => BasePath + path;

    /// <summary>The site's Open Graph picture, shown by pages that have none of their own.</summary>
    public string HomeImage => File("og/home.png");

    /// <summary>A topic page's Open Graph picture.</summary>
    public string TopicImage(string id) => File($"og/topics/{Uri.EscapeDataString(id)}.png");

    /// <summary>
    /// A permanent id for a feed or entry (RFC 4151 <c>tag:</c> URI): absolute even without a base URL, and never
    /// tied to the build day. The authority is the base URL's host, or "digestgen" when there is none.
    /// </summary>
    public string Tag(string siteUrl) => $"tag:{(HasOrigin ? new Uri(origin).Host : "digestgen")},{TagYear}:{siteUrl}";

    private const string TagYear = "2026";

    /// <summary>A site URL as a full URL when the base URL had a host, else unchanged (root-relative).</summary>
    public string Absolute(string siteUrl) => origin + siteUrl;

    /// <summary>The output file for a site URL: "/digest/papers/x/" → "papers/x/index.html".</summary>
    public string OutputPath(string siteUrl)
    {
        var relative = Uri.UnescapeDataString(FromBase(siteUrl));
        return relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative;
    }

    /// <summary>A site URL without the base path ("/digest/papers/x/" → "papers/x/"), for clients that add the base path themselves.</summary>
    public string FromBase(string siteUrl) => siteUrl[BasePath.Length..];

    private string Under(string section, string id) => $"{BasePath}{section}/{Uri.EscapeDataString(id)}/";

    /// <summary>Page 1 of a listing is the section root; later pages are /section/page/N/.</summary>
    private string Listing(string section, int page) => Paged($"{BasePath}{section}/", page);

    /// <summary>Page 1 is the page itself; later pages are its page/N/.</summary>
    private static string Paged(string first, int page) => page <= 1 ? first : $"{first}page/{page}/";
}
