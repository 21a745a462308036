using System.Net;
using DigestGen.Tests.Support;

namespace DigestGen.Tests.Search;

/// <summary>
/// Serves a built site's folder over HTTP on 127.0.0.1 under a sub-path (as on GitHub Pages project sites),
/// so browser tests load it exactly as a reader would.
/// </summary>
public sealed class LoopbackSiteServer : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly string root;
    private readonly Task serving;

    public LoopbackSiteServer(string root, string basePath)
    {
        this.root = Path.GetFullPath(root);
        BasePath = basePath;
        var port = FreePort();
        listener.Prefixes.Add($"http://127.0.0.1:{port}{basePath}");
        listener.Start();
        BaseUrl = $"http://127.0.0.1:{port}{basePath}";
        serving = Task.Run(Serve);
    }

    /// <summary>e.g. "/digest/", always with the trailing slash.</summary>
    public string BasePath { get; }

    public string BaseUrl { get; }

    public void Dispose()
    {
        listener.Close();
        try
        {
            serving.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The listener was closed under a pending request.
        }
    }

    private async Task Serve()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception error) when (error is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => Respond(context));
        }
    }

    private void Respond(HttpListenerContext context)
    {
        using var response = context.Response;
        var relative = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath[BasePath.Length..]);
        var path = Path.GetFullPath(Path.Combine(root, relative));
        if (Directory.Exists(path))
        {
            path = Path.Combine(path, "index.html");
        }

        if (!path.StartsWith(root, StringComparison.Ordinal) || !File.Exists(path))
        {
            response.StatusCode = 404;
            return;
        }

        var bytes = File.ReadAllBytes(path);
        response.ContentType = ContentTypes.For(path);
        response.ContentLength64 = bytes.Length;
        response.OutputStream.Write(bytes);
    }

    private static int FreePort()
    {
        using var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
