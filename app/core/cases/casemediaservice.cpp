#include "cases/casemediaservice.h"

#include "platform/audit/auditlog.h"
#include "platform/db/database.h"
#include "platform/db/datadirectory.h"
#include "platform/db/sqlquery.h"
#include "platform/errors/coreerror.h"
#include "platform/platformservices.h"
#include "platform/time/clock.h"
#include "platform/write/writepath.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QMimeDatabase>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace jisr {

namespace {

QString sha256Of(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace

CaseMediaService::CaseMediaService(PlatformServices &platform, QString dataDir, QObject *parent)
    : QObject(parent), m_platform(platform), m_dataDir(std::move(dataDir))
{
}

QStringList CaseMediaService::documentTypes()
{
    return {
        u"cin_copy"_s,        u"birth_certificate"_s,  u"medical_report"_s, u"rsu_certificate"_s,
        u"amo_certificate"_s, u"guardianship_order"_s, u"social_inquiry"_s, u"other"_s};
}

void CaseMediaService::requireCase(const QString &caseId) const
{
    QSqlQuery q = execQuery(m_platform.database.connection(),
                            u"SELECT 1 FROM case_files WHERE id = ? AND deleted = 0"_s, {caseId});
    if (!q.next())
        throw CoreError(ErrorKind::NotFound, tr("This case file no longer exists."));
}

void CaseMediaService::setPhotoFromFile(const Actor &actor, const QString &caseId,
                                        const QString &imagePath)
{
    QImageReader reader(imagePath);
    reader.setAutoTransform(true); // phone photos carry their rotation in EXIF
    const QImage image = reader.read();
    if (image.isNull())
        throw CoreError(ErrorKind::BadInput,
                        tr("This file is not an image Jisr can read (use JPEG or PNG)."));
    setPhoto(actor, caseId, image);
}

void CaseMediaService::setPhoto(const Actor &actor, const QString &caseId, const QImage &image)
{
    m_platform.writes.require(actor, Capability::EditIdentity, caseId);
    requireCase(caseId);
    if (image.isNull())
        throw CoreError(ErrorKind::BadInput, tr("The photo is empty."));
    QImage scaled = image;
    if (image.width() > PhotoMaxSide || image.height() > PhotoMaxSide)
        scaled =
            image.scaled(PhotoMaxSide, PhotoMaxSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    scaled.convertToFormat(QImage::Format_RGB32).save(&buffer, "JPEG", 85);

    const QString digest =
        QString::fromLatin1(QCryptographicHash::hash(jpeg, QCryptographicHash::Sha256).toHex());
    m_platform.writes.write(actor, {{}, AuditAction::PhotoChanged, caseId}, [&](WriteContext &w) {
        execQuery(
            m_platform.database.connection(),
            u"INSERT INTO case_photos (case_id, jpeg, hlc, workstation_id, user_id) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (case_id) DO UPDATE SET jpeg = excluded.jpeg, "
            "hlc = excluded.hlc, workstation_id = excluded.workstation_id, "
            "user_id = excluded.user_id"_s,
            {caseId, jpeg, w.hlc(), w.workstationId(), actor.userId});
        // The photo itself travels with its row; the log records which one it became.
        w.updated(u"case_photos"_s, caseId, 0, {}, {{u"photo_sha256"_s, digest}});
    });
    emit photoChanged(caseId);
}

QImage CaseMediaService::photo(const Actor &actor, const QString &caseId) const
{
    m_platform.writes.require(actor, Capability::ReadIdentity, caseId);
    QSqlQuery q = execQuery(m_platform.database.connection(),
                            u"SELECT jpeg FROM case_photos WHERE case_id = ?"_s, {caseId});
    return q.next() ? QImage::fromData(q.value(0).toByteArray(), "JPEG") : QImage();
}

CaseDocument CaseMediaService::addDocument(const Actor &actor, const QString &caseId,
                                           const QString &filePath, const QString &docType,
                                           const QString &title, QDate documentDate)
{
    m_platform.writes.require(actor, Capability::ManageDocuments, caseId);
    requireCase(caseId);
    const QFileInfo source(filePath);
    if (!source.isFile() || !source.isReadable())
        throw CoreError(ErrorKind::BadInput, tr("The document file cannot be read."));
    if (source.size() > MaxDocumentBytes)
        throw CoreError(ErrorKind::BadInput, tr("The document is larger than 20 MB."));
    if (!documentTypes().contains(docType))
        throw CoreError(ErrorKind::BadInput, tr("Unknown type of document."));

    CaseDocument doc;
    doc.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    doc.caseId = caseId;
    doc.docType = docType;
    doc.title = title.simplified().left(200);
    doc.originalName = source.fileName().left(200);
    doc.mimeType = QMimeDatabase().mimeTypeForFile(source).name();
    doc.sizeBytes = source.size();
    doc.documentDate = documentDate.isValid() ? documentDate : m_platform.clock.today();
    const QString suffix = source.suffix().toLower().left(8);
    doc.fileName =
        u"documents/"_s + caseId + u'/' + doc.id + (suffix.isEmpty() ? QString() : u'.' + suffix);

    // Copy first, then record: if the database refuses, the copy is removed, so neither a row
    // without its file nor a stray file remains.
    const QString target = QDir(m_dataDir).filePath(doc.fileName);
    QDir().mkpath(QFileInfo(target).absolutePath());
    // A copy keeps the mode of the file it was made from: a scan readable by every account of
    // the workstation would stay so in the data folder.
    DataDirectory::makePrivate(QFileInfo(target).absolutePath());
    if (!QFile::copy(filePath, target))
        throw CoreError(ErrorKind::Storage,
                        tr("The document could not be copied to the data folder."));
    DataDirectory::makePrivate(target);
    doc.sha256 = sha256Of(target);
    try {
        const WriteIntent intent{{}, AuditAction::DocumentAdded, caseId, doc.docType};
        m_platform.writes.write(actor, intent, [&](WriteContext &w) {
            execQuery(m_platform.database.connection(),
                      u"INSERT INTO case_documents (id, case_id, doc_type, title, file_name, "
                      "original_name, mime_type, size_bytes, sha256, document_date, hlc, "
                      "workstation_id, user_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                      {doc.id, caseId, doc.docType, doc.title, doc.fileName, doc.originalName,
                       doc.mimeType, doc.sizeBytes, doc.sha256,
                       doc.documentDate.toString(Qt::ISODate), w.hlc(), w.workstationId(),
                       actor.userId});
            w.inserted(
                u"case_documents"_s, doc.id,
                {{u"case_id"_s, caseId}, {u"doc_type"_s, doc.docType}, {u"sha256"_s, doc.sha256}});
        });
    } catch (...) {
        QFile::remove(target);
        throw;
    }
    emit documentsChanged(caseId);
    return doc;
}

QList<CaseDocument> CaseMediaService::documents(const Actor &actor, const QString &caseId) const
{
    m_platform.writes.require(actor, Capability::ReadIdentity, caseId);
    QSqlQuery q = execQuery(m_platform.database.connection(),
                            u"SELECT id, doc_type, title, file_name, original_name, mime_type, "
                            "size_bytes, sha256, document_date FROM case_documents "
                            "WHERE case_id = ? AND deleted = 0 ORDER BY document_date DESC"_s,
                            {caseId});
    QList<CaseDocument> out;
    while (q.next()) {
        CaseDocument d;
        d.id = q.value(0).toString();
        d.caseId = caseId;
        d.docType = q.value(1).toString();
        d.title = q.value(2).toString();
        d.fileName = q.value(3).toString();
        d.originalName = q.value(4).toString();
        d.mimeType = q.value(5).toString();
        d.sizeBytes = q.value(6).toLongLong();
        d.sha256 = q.value(7).toString();
        d.documentDate = QDate::fromString(q.value(8).toString(), Qt::ISODate);
        out << d;
    }
    return out;
}

QString CaseMediaService::documentPath(const Actor &actor, const CaseDocument &doc) const
{
    m_platform.writes.require(actor, Capability::ReadIdentity, doc.caseId);
    const QString path = QDir(m_dataDir).filePath(doc.fileName);
    if (sha256Of(path) != doc.sha256)
        throw CoreError(ErrorKind::Storage,
                        tr("The stored document is missing or was altered (checksum mismatch)."));
    return path;
}

} // namespace jisr
