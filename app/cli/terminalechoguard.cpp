#include "terminalechoguard.h"

#include <QtGlobal>
#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace jisr {

bool TerminalEchoGuard::inputIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin)) != 0;
#else
    return isatty(fileno(stdin)) != 0;
#endif
}

TerminalEchoGuard::TerminalEchoGuard()
{
    if (!inputIsTerminal())
        return;
#ifdef Q_OS_WIN
    HANDLE in = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    if (GetConsoleMode(in, &mode) && SetConsoleMode(in, mode & ~DWORD(ENABLE_ECHO_INPUT))) {
        m_saved = mode;
        m_changed = true;
    }
#else
    termios t{};
    if (tcgetattr(fileno(stdin), &t) != 0)
        return;
    m_saved = t.c_lflag;
    t.c_lflag &= ~tcflag_t(ECHO);
    m_changed = tcsetattr(fileno(stdin), TCSAFLUSH, &t) == 0;
#endif
}

TerminalEchoGuard::~TerminalEchoGuard()
{
    if (!m_changed)
        return;
#ifdef Q_OS_WIN
    SetConsoleMode(GetStdHandle(STD_INPUT_HANDLE), DWORD(m_saved));
#else
    termios t{};
    if (tcgetattr(fileno(stdin), &t) == 0) {
        t.c_lflag = tcflag_t(m_saved);
        tcsetattr(fileno(stdin), TCSAFLUSH, &t);
    }
#endif
    std::fputc('\n', stderr); // the Enter that was not echoed
}

} // namespace jisr
