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
    QString authorName;
    QDateTime createdAt;
};

} // namespace jisr
