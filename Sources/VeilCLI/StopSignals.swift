#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// SIGTERM and SIGINT as a request to stop reading: `veil` then scans and writes every line it
/// has read and exits with 128 + the signal's number (143, 130), the shell's convention, so that
/// nothing already taken from the input is lost. A second signal ends the process at once.
enum StopSignals {
    /// The signal that asked to stop, 0 until one did. Written from the signal handler: an
    /// atomic store is async-signal-safe.
    private static let received = Atomic<Int32>(0)

    /// The signal that asked to stop, if one did.
    static var requested: Int32? {
        let signal = received.load(ordering: .relaxed)
        return signal == 0 ? nil : signal
    }

    /// Installs the handlers, without `SA_RESTART`, so that a `read` waiting for input returns
    /// (`EINTR`) and the reader sees the request; `SA_RESETHAND`, so that a second signal kills.
    /// The calling thread unblocks both signals: a parent may have started `veil` with them
    /// blocked (Foundation's `Process` does), and a blocked SIGTERM would never stop it.
    static func install() {
        var signals = stopSignals
        pthread_sigmask(SIG_UNBLOCK, &signals, nil)
        for signal in [SIGTERM, SIGINT] {
            var action = sigaction()
            #if canImport(Glibc)
            action.__sigaction_handler.sa_handler = { signal in StopSignals.received.store(signal, ordering: .relaxed) }
            #else
            action.__sigaction_u.__sa_handler = { signal in StopSignals.received.store(signal, ordering: .relaxed) }
            #endif
            sigemptyset(&action.sa_mask)
            action.sa_flags = Int32(truncatingIfNeeded: SA_RESETHAND)  // 0x80000000 on Linux
            sigaction(signal, &action, nil)
        }
    }

    /// Runs `body` with SIGTERM and SIGINT blocked on the calling thread, so that threads it
    /// starts inherit the block: the signals then reach the reading thread, whose `read` they
    /// interrupt, and not a worker.
    static func blocked<Value>(_ body: () -> Value) -> Value {
        var signals = stopSignals
        var previous = sigset_t()
        pthread_sigmask(SIG_BLOCK, &signals, &previous)
        defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
        return body()
    }

    /// SIGTERM and SIGINT as a signal set.
    private static var stopSignals: sigset_t {
        var signals = sigset_t()
        sigemptyset(&signals)
        sigaddset(&signals, SIGTERM)
        sigaddset(&signals, SIGINT)
        return signals
    }
}
