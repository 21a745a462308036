using DigestGen.Output;
using DigestGen.Tests.Support;
using Microsoft.Playwright;

namespace DigestGen.Tests.Render;

/// <summary>Answers the browser's requests from a site rendered into memory, as a static host would.</summary>
internal static class SiteRoute
{
    public static Task Serve(IRoute route, MemoryOutputSink site)
    {
        var path = new Uri(route.Request.Url).AbsolutePath.TrimStart('/');
        path = path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
        if (!site.Files.TryGetValue(path, out var file))
        {
            return route.FulfillAsync(new() { Status = 404, Body = "missing: " + path });
        }

        return route.FulfillAsync(new() { Status = 200, ContentType = ContentTypes.For(path), BodyBytes = file.Content });
    }
}
