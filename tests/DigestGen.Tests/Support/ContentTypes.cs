namespace DigestGen.Tests.Support;

/// <summary>The Content-Type a static host sends for a built site's file, for the servers the browser tests use.</summary>
public static class ContentTypes
{
    public static string For(string path) => Path.GetExtension(path) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".json" => "application/json",
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        ".woff2" => "font/woff2",
        _ => "application/octet-stream",
    };
}
