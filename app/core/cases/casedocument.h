#pragma once

#include <QDate>
#include <QString>

namespace jisr {

// A scan or PDF attached to a case file. The file itself lives in the data folder
// (documents/<case id>/<document id>.<ext>); its SHA-256 proves it was not altered.
struct CaseDocument
{
    QString id;
    QString caseId;
    QString
        docType; // cin_copy | medical_report | birth_certificate | rsu_certificate | photo | other
    QString title;
    QString fileName; // relative to the data folder
    QString originalName;
    QString mimeType;
    qint64 sizeBytes = 0;
    QString sha256;
    QDate documentDate;
};

} // namespace jisr
