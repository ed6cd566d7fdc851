#pragma once

#include "cases/casedocument.h"
#include "platform/access/accesscontrol.h"

#include <QImage>
#include <QObject>

namespace jisr {

struct PlatformServices;

// The photo and the documents of a case file, with the same rules as CaseFileService:
// capability checked, one transaction with change log and audit entry, a signal afterwards.
class CaseMediaService : public QObject
{
    Q_OBJECT

public:
    static constexpr int PhotoMaxSide = 600;
    static constexpr qint64 MaxDocumentBytes = 20 * 1024 * 1024;

    CaseMediaService(PlatformServices &platform, QString dataDir, QObject *parent = nullptr);

    // Reads an image file (JPEG, PNG...), scales it to fit PhotoMaxSide and stores it as JPEG.
    void setPhotoFromFile(const Actor &actor, const QString &caseId, const QString &imagePath);
    void setPhoto(const Actor &actor, const QString &caseId, const QImage &image);
    QImage photo(const Actor &actor, const QString &caseId) const;

    CaseDocument addDocument(const Actor &actor, const QString &caseId, const QString &filePath,
                             const QString &docType, const QString &title, QDate documentDate);
    QList<CaseDocument> documents(const Actor &actor, const QString &caseId) const;
    // Absolute path of the stored file, after checking its checksum; throws if altered.
    QString documentPath(const Actor &actor, const CaseDocument &doc) const;

    static QStringList documentTypes();

signals:
    void photoChanged(const QString &caseId);
    void documentsChanged(const QString &caseId);

private:
    void requireCase(const QString &caseId) const;

    PlatformServices &m_platform;
    QString m_dataDir;
};

} // namespace jisr
