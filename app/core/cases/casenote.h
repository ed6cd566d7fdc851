#pragma once

#include <QDateTime>
#include <QString>

namespace jisr {

// A medical note (doctors) or a social note (social workers) in a case file.
struct CaseNote
{
    enum class Kind { Medical, Social };
    QString id;
    QString caseId;
    Kind kind = Kind::Medical;
    // Medical: diagnosis, clinical, evaluation. Social: inquiry, family, rsu.
    QString category;
    QString body;
    QString authorId;
    QString authorName; // French name first, as the audit and exports write it
    QDateTime createdAt;
    QString authorNameAr; // empty when the account has no Arabic name

    // The author as the interface language writes people's names, where both exist.
    QString authorNameIn(const QString &language) const
    {
        return language == QLatin1StringView("ar") && !authorNameAr.isEmpty() ? authorNameAr
                                                                              : authorName;
    }
};

} // namespace jisr
