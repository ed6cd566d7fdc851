#include "cases/casecsvexporter.h"

#include "cases/casefile.h"
#include "cases/casefileservice.h"
#include "platform/audit/auditlog.h"
#include "platform/db/database.h"
#include "platform/db/datadirectory.h"
#include "platform/db/sqlquery.h"
#include "platform/errors/coreerror.h"
#include "workspace/workspace.h"

#include <QSaveFile>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace jisr {

CaseCsvExporter::CaseCsvExporter(Workspace &workspace) : m_ws(workspace) {}

QString CaseCsvExporter::quote(const QString &field)
{
    QString v = field;
    // A cell starting with = + - @ would run as a formula in a spreadsheet.
    if (!v.isEmpty() && QStringLiteral("=+-@").contains(v.front()) &&
        !(v.front() == u'+' && v.size() > 1 && v.at(1).isDigit()))
        v.prepend(u'\'');
    if (v.contains(u',') || v.contains(u'"') || v.contains(u'\n') || v.contains(u'\r') ||
        v.contains(u';'))
        return u'"' + v.replace(u"\""_s, u"\"\""_s) + u'"';
    return v;
}

qint64 CaseCsvExporter::run(const Actor &actor, const QString &path)
{
    m_ws.cases().require(actor, Capability::ExportData);
    DataDirectory::requireOutside(path, m_ws.dataDir());
    // Written aside and renamed over `path` at the end: a failed export leaves the old file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw CoreError(ErrorKind::BadInput, tr("The file %1 cannot be written.").arg(path));
    // Personal data (law 09-08): readable by the account that exported it, not by every user of
    // the machine. The permissions travel with the file when it replaces the target.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QStringList fields = CaseFileCodes::editableFields();
    QStringList header{u"id"_s, u"dossier_no"_s};
    header += fields;
    file.write("\xEF\xBB\xBF");
    file.write(header.join(u',').toUtf8() + "\r\n");
    QSqlQuery q = execQuery(m_ws.database().connection(),
                            u"SELECT * FROM case_files WHERE deleted = 0 ORDER BY local_no"_s);
    qint64 count = 0;
    while (q.next()) {
        QVariantMap row;
        const QSqlRecord rec = q.record();
        for (int i = 0; i < rec.count(); ++i)
            row.insert(rec.fieldName(i), q.value(i));
        const CaseFile c = CaseFile::fromFieldMap(row);
        const QVariantMap m = c.toFieldMap();
        QStringList cells{c.id, c.dossierNo};
        for (const QString &f : fields) {
            QString v = m.value(f).toString();
            if (f == u"birth_date"_s)
                v = c.birthDate.isValid() ? c.birthDate.toString(u"dd/MM/yyyy"_s) : QString();
            else if (f == u"rsu_index_date"_s)
                v = c.rsuIndexDate.isValid() ? c.rsuIndexDate.toString(u"dd/MM/yyyy"_s) : QString();
            else if (f == u"birth_year_only"_s)
                v = c.birthYearOnly ? u"1"_s : u"0"_s;
            cells << quote(v);
        }
        file.write(cells.join(u',').toUtf8() + "\r\n");
        ++count;
    }
    if (!file.commit())
        throw CoreError(ErrorKind::BadInput, tr("The file %1 cannot be written.").arg(path));
    m_ws.audit().record(actor, AuditAction::CaseExported, {}, QString::number(count));
    return count;
}

} // namespace jisr
