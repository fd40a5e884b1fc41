using System.Diagnostics;
using StreamJsonRpc;

namespace CloseLint.LanguageServer;

/// <summary>
/// The LSP lifecycle: requests before <c>initialize</c> get ServerNotInitialized (−32002), requests after
/// <c>shutdown</c> get InvalidRequest, and the exit code is 0 after <c>shutdown</c> then <c>exit</c>, and 1 when the
/// client exits without shutdown, the input stream closes first, or the client process dies.
/// </summary>
public sealed class ServerLifetime
{
    private readonly TaskCompletionSource<int> _exit = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _state;

    private const int Created = 0, Running = 1, ShutDown = 2;

    /// <summary>True once <c>initialize</c> has been answered.</summary>
    public bool IsInitialized => Volatile.Read(ref _state) >= Running;

    /// <summary>True once <c>shutdown</c> has been received.</summary>
    public bool IsShutDown => Volatile.Read(ref _state) == ShutDown;

    /// <summary>True when notifications should be handled: after <c>initialize</c> and before <c>shutdown</c>.</summary>
    public bool IsRunning => Volatile.Read(ref _state) == Running;

    /// <summary>True once the server has decided its exit code.</summary>
    public bool HasExited => _exit.Task.IsCompleted;

    /// <summary>Completes with the process exit code.</summary>
    public Task<int> WaitForExitAsync() => _exit.Task;

    internal void Initialize()
    {
        if (Interlocked.CompareExchange(ref _state, Running, Created) != Created)
            throw new LocalRpcException("initialize may be sent only once") { ErrorCode = LspErrorCodes.InvalidRequest };
    }

    /// <summary>Throws the error a request gets before <c>initialize</c> or after <c>shutdown</c>.</summary>
    internal void EnsureServing()
    {
        switch (Volatile.Read(ref _state))
        {
            case Created: throw new LocalRpcException("the server is not initialized") { ErrorCode = LspErrorCodes.ServerNotInitialized };
            case ShutDown: throw new LocalRpcException("the server is shutting down") { ErrorCode = LspErrorCodes.InvalidRequest };
        }
    }

    internal void Shutdown()
    {
        EnsureServing();
        Volatile.Write(ref _state, ShutDown);
    }

    internal void Exit() => _exit.TrySetResult(IsShutDown ? 0 : 1);

    /// <summary>The input closed: the client is gone.</summary>
    internal void Disconnected() => _exit.TrySetResult(IsShutDown ? 0 : 1);

    /// <summary>Exits with 1 when the client process <paramref name="processId"/> is gone, checking every <paramref name="interval"/>.</summary>
    internal void WatchClientProcess(int processId, TimeSpan interval, TimeProvider timeProvider, ServerLog log)
    {
        ITimer? timer = null;
        timer = timeProvider.CreateTimer(_ =>
        {
            if (HasExited)
            {
                timer?.Dispose();
                return;
            }

            if (IsProcessAlive(processId)) return;
            log.Info($"the client process {processId} is gone; exiting");
            _exit.TrySetResult(1);
            timer?.Dispose();
        }, null, interval, interval);
    }

    private static bool IsProcessAlive(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return true;
        }
    }
}
