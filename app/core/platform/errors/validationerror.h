#pragma once

#include "platform/errors/coreerror.h"
#include "platform/errors/validationissue.h"

namespace jisr {

// A save refused because of the input: carries every issue so the form can mark each field.
class ValidationError : public CoreError
{
public:
    ValidationError(const QString &message, ValidationIssues issues,
                    ErrorKind kind = ErrorKind::Validation)
        : CoreError(kind, message, messagesOf(issues)), m_issues(std::move(issues))
    {
    }

    const ValidationIssues &issues() const { return m_issues; }

private:
    static QStringList messagesOf(const ValidationIssues &issues)
    {
        QStringList out;
        for (const ValidationIssue &i : issues)
            out << i.field + QStringLiteral(": ") + i.message;
        return out;
    }
    ValidationIssues m_issues;
};

} // namespace jisr
