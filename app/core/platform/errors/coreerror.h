#pragma once

#include <QString>
#include <QStringList>
#include <stdexcept>

namespace jisr {

// Why an operation failed, so that callers (UI, jisrctl, sync) can react without parsing text.
enum class ErrorKind {
    Validation,           // the input is wrong; the message says which field and why
    Duplicate,            // a unique identifier (CIN, IDCS) is already used by another file
    NotFound,             // no such case file, user or document
    PermissionDenied,     // the acting user's role does not allow it
    Authentication,       // wrong login or password, disabled account
    Storage,              // SQLite refused the operation
    IncompatibleDatabase, // the database was written by a newer Jisr
    BadInput,             // a malformed file or argument
    Conflict,             // the record changed since it was loaded; reload and redo the change
};

// Thrown by core services. The message is already translated (tr()) and contains no personal
// data, so it can be shown to the user and written to a log.
class CoreError : public std::runtime_error
{
public:
    CoreError(ErrorKind kind, const QString &message, QStringList details = {})
        : std::runtime_error(message.toStdString()), m_kind(kind), m_message(message),
          m_details(std::move(details))
    {
    }

    ErrorKind kind() const { return m_kind; }
    QString message() const { return m_message; }
    // Extra lines (for example one per invalid field or per bad CSV row).
    QStringList details() const { return m_details; }

private:
    ErrorKind m_kind;
    QString m_message;
    QStringList m_details;
};

} // namespace jisr
