#pragma once

namespace jisr {

// Stops the terminal from showing what is typed (a password) for as long as it lives, when
// standard input is a terminal; does nothing for a pipe or a file.
class TerminalEchoGuard
{
public:
    TerminalEchoGuard();
    ~TerminalEchoGuard();
    TerminalEchoGuard(const TerminalEchoGuard &) = delete;
    TerminalEchoGuard &operator=(const TerminalEchoGuard &) = delete;

    static bool inputIsTerminal();

private:
    bool m_changed = false;
    unsigned long m_saved = 0; // the console mode (Windows) or local flags (POSIX) to restore
};

} // namespace jisr
