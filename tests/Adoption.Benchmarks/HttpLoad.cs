using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Adoption.Benchmarks;

/// <summary>Several clients, each sending its next batch as soon as the previous one is acknowledged.</summary>
internal sealed class HttpLoad(Uri address, string writeKey, int clients)
{
    public sealed record Result(TimeSpan Elapsed, int Requests, int Retries, List<double> LatenciesMs);

    public async Task<HttpStatusCode> SendOnceAsync(byte[] body)
    {
        using var http = CreateClient(1);
        using var response = await http.SendAsync(Request(body));
        return response.StatusCode;
    }

    public async Task<Result> RunAsync(List<byte[]> batches, Action sample)
    {
        var next = -1;
        var retries = 0;
        var latencies = new List<double>[clients];
        using var http = CreateClient(clients);
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                sample();
                await Task.Delay(100, CancellationToken.None);
            }
        });

        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(c => Task.Run(async () =>
        {
            var mine = latencies[c] = new List<double>(batches.Count / clients + 1);
            int i;
            while ((i = Interlocked.Increment(ref next)) < batches.Count)
            {
                while (true)
                {
                    var started = Stopwatch.GetTimestamp();
                    using var response = await http.SendAsync(Request(batches[i]));
                    if (response.StatusCode == HttpStatusCode.OK)
                    {
                        mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                        break;
                    }

                    // 429 and 503 are answers a Segment client retries; anything else is a failure.
                    if (response.StatusCode is not (HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable))
                    {
                        throw new InvalidOperationException($"Batch {i}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                    }

                    Interlocked.Increment(ref retries);
                    await Task.Delay(response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1));
                }
            }
        })));
        clock.Stop();
        await sampling.CancelAsync();
        await sampler;
        return new Result(clock.Elapsed, batches.Count, retries, latencies.SelectMany(l => l).ToList());
    }

    private HttpClient CreateClient(int connections) => new(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = connections,
        PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
    })
    {
        BaseAddress = address,
        Timeout = TimeSpan.FromMinutes(2),
    };

    private HttpRequestMessage Request(byte[] body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/v1/batch") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(writeKey + ":")));
        return request;
    }
}
