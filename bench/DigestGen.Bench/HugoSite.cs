using System.Text;
using System.Text.Json;

namespace DigestGen.Bench;

/// <summary>
/// The papers of a DigestGen build (its data/papers.json: the merged papers with the authors, topic and day DigestGen
/// gave them) as a Hugo site with DigestGen's URL layout: /papers/&lt;slug&gt;/ pages, and the authors, topics and
/// days taxonomies at /authors/&lt;name&gt;/, /topics/&lt;topic&gt;/, /days/&lt;yyyy-mm-dd&gt;/, listings paginated at /page/N/,
/// with a minimal theme whose pages carry what DigestGen's do (title, authors, date, topic, abstract, related papers).
/// </summary>
internal static class HugoSite
{
    private static readonly JsonSerializerOptions PapersJson = new(JsonSerializerDefaults.Web);

    /// <summary>Writes the Hugo project; returns how many paper pages it has.</summary>
    public static int Write(string folder, string papersJson)
    {
        var papers = JsonSerializer.Deserialize<List<HugoPaper>>(File.ReadAllText(papersJson), PapersJson)!;
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        var content = Path.Combine(folder, "content", "papers");
        Directory.CreateDirectory(content);
        File.WriteAllText(Path.Combine(folder, "hugo.toml"), Config);
        foreach (var (name, text) in Layouts)
        {
            var path = Path.Combine(folder, "layouts", name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }

        foreach (var paper in papers)
        {
            File.WriteAllText(Path.Combine(content, paper.Id + ".md"), Page(paper));
        }

        return papers.Count;
    }

    private static string Page(HugoPaper paper)
    {
        var text = new StringBuilder("---\n");
        text.Append("title: ").Append(Quoted(paper.Title)).Append('\n');
        text.Append("slug: ").Append(paper.Id).Append('\n');
        if (paper.Date is { } date)
        {
            text.Append("date: ").Append(date).Append('\n');
            text.Append("days: [\"").Append(date).Append("\"]\n");
        }

        text.Append("authors: [").AppendJoin(", ", paper.Authors.Select(Quoted)).Append("]\n");
        if (paper.TopicId is { } topic)
        {
            text.Append("topics: [").Append(Quoted(topic)).Append("]\n");
        }

        if (paper.Venue is not null)
        {
            text.Append("venue: ").Append(Quoted(paper.Venue)).Append('\n');
        }

        text.Append("---\n\n").Append(paper.Abstract ?? "").Append('\n');
        return text.ToString();
    }

    private static string Quoted(string value) => "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private const string Config = """
        baseURL = "/"
        title = "Trending papers (Hugo benchmark)"
        languageCode = "en"
        paginate = 50
        disableKinds = ["robotsTXT"]

        [taxonomies]
          author = "authors"
          topic = "topics"
          day = "days"

        [permalinks]
          papers = "/papers/:slug/"

        [outputs]
          home = ["HTML", "RSS"]
          section = ["HTML"]
          taxonomy = ["HTML"]
          term = ["HTML"]

        [related]
          includeNewer = true
          threshold = 80
          toLower = false
          [[related.indices]]
            name = "topics"
            weight = 60
          [[related.indices]]
            name = "authors"
            weight = 100
        """;

    private static readonly (string Name, string Text)[] Layouts =
    [
        ("_default/baseof.html", """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{ .Title }} · {{ .Site.Title }}</title>
            <meta name="description" content="{{ with .Summary }}{{ . | plainify | truncate 160 }}{{ else }}{{ .Site.Title }}{{ end }}">
            <link rel="canonical" href="{{ .Permalink }}">
            <link rel="stylesheet" href="/assets/site.css">
            </head>
            <body>
            <header><a href="/">{{ .Site.Title }}</a>
            <nav><a href="/papers/">Papers</a> <a href="/authors/">Authors</a> <a href="/topics/">Topics</a> <a href="/days/">Days</a> <a href="/search/">Search</a></nav>
            </header>
            <main>{{ block "main" . }}{{ end }}</main>
            <footer><p>Built from raw listing dumps. <a href="/index.xml">Feed</a></p></footer>
            </body>
            </html>
            """),
        ("_default/single.html", """
            {{ define "main" }}
            <article class="paper">
            <h1>{{ .Title }}</h1>
            <p class="authors">{{ range $i, $a := .GetTerms "authors" }}{{ if $i }}, {{ end }}<a href="{{ $a.RelPermalink }}">{{ $a.LinkTitle }}</a>{{ end }}</p>
            <p class="meta"><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "Jan 2, 2006" }}</time>
            {{ range .GetTerms "topics" }} · <a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a>{{ end }}
            {{ with .Params.venue }} · {{ . }}{{ end }}</p>
            <section class="abstract"><h2>Abstract</h2>{{ .Content }}</section>
            {{ with first 5 (.Site.RegularPages.Related .) }}
            <section class="related"><h2>Related papers</h2><ul>
            {{ range . }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <time>{{ .Date.Format "2006-01-02" }}</time></li>{{ end }}
            </ul></section>
            {{ end }}
            </article>
            {{ end }}
            """),
        ("_default/list.html", """
            {{ define "main" }}
            <h1>{{ .Title }}</h1>
            {{ $pager := .Paginate .Pages.ByDate.Reverse }}
            <ol class="papers">
            {{ range $pager.Pages }}{{ partial "card.html" . }}{{ end }}
            </ol>
            {{ template "_internal/pagination.html" . }}
            {{ end }}
            """),
        ("_default/terms.html", """
            {{ define "main" }}
            <h1>{{ .Title }}</h1>
            {{ $pager := .Paginate .Pages }}
            <ul class="terms">
            {{ range $pager.Pages }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a> ({{ len .Pages }})</li>{{ end }}
            </ul>
            {{ template "_internal/pagination.html" . }}
            {{ end }}
            """),
        ("index.html", """
            {{ define "main" }}
            <h1>Latest papers</h1>
            <ol class="papers">
            {{ range first 50 (where .Site.RegularPages.ByDate.Reverse "Section" "papers") }}{{ partial "card.html" . }}{{ end }}
            </ol>
            {{ end }}
            """),
        ("partials/card.html", """
            <li class="card"><a href="{{ .RelPermalink }}">{{ .Title }}</a>
            <p class="authors">{{ delimit (first 3 .Params.authors) ", " }}{{ if gt (len .Params.authors) 3 }} et al.{{ end }}</p>
            <p class="summary">{{ .Summary | plainify | truncate 240 }}</p>
            <time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "Jan 2, 2006" }}</time></li>
            """),
    ];

    /// <summary>The fields of DigestGen's papers.json the Hugo pages need.</summary>
    private sealed record HugoPaper(string Id, string Title, IReadOnlyList<string> Authors, string? Abstract, string? Date, string? TopicId, string? Venue);
}
