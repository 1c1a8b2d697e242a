// Waiting for SIGINT or SIGTERM the way Poco's ServerApplication does on POSIX: the signals are
// blocked in every thread and taken synchronously with sigwait, so no handler runs in the
// middle of a request and shutdown happens on the main thread.
#pragma once

namespace prikaz::serve {

// Must be called before any thread is started (threads inherit the signal mask).
void block_termination_signals();

// Returns the signal received (SIGINT or SIGTERM).
int wait_for_termination_signal();

} // namespace prikaz::serve
