#include "cases/casecsvimporter.h"

#include "cases/casefile.h"
#include "cases/casefileservice.h"
#include "cases/casefilevalidator.h"
#include "platform/audit/auditlog.h"
#include "platform/db/database.h"
#include "platform/errors/coreerror.h"
#include "platform/errors/validationerror.h"
#include "platform/text/boundedfilereader.h"
#include "platform/text/csvreader.h"
#include "platform/text/textdecoder.h"
#include "platform/text/typeddate.h"
#include "platform/time/clock.h"
#include "platform/write/writepath.h"
#include "search/duplicatefinder.h"
#include "workspace/workspace.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace jisr {

namespace {

constexpr qint64 MaxFileBytes = 200 * 1024 * 1024;

// The columns a file must have for its rows to describe a person at all.
const QStringList RequiredColumns = {u"sex"_s};

struct Header
{
    QStringList columns; // per position: a field name, or empty for an ignored column
};

} // namespace

CaseCsvImporter::CaseCsvImporter(Workspace &workspace) : m_ws(workspace) {}

QStringList CaseCsvImporter::ignoredColumns()
{
    return {u"id"_s, u"dossier_no"_s, u"created_at"_s};
}

ImportReport CaseCsvImporter::run(const Actor &actor, const QString &path, const QString &encoding,
                                  bool dryRun)
{
    m_ws.cases().require(actor, Capability::ImportData);
    ImportReport report;
    const DecodedText decoded =
        TextDecoder::decode(BoundedFileReader::read(path, MaxFileBytes), encoding);
    report.encoding = decoded.encoding;
    const QList<CsvRow> rows = CsvReader::parse(decoded.text);
    if (rows.isEmpty())
        throw CoreError(ErrorKind::BadInput, tr("The file is empty."));

    // Header: known field names, in any order and case.
    const QStringList known = CaseFileCodes::editableFields();
    QStringList columns;
    for (const QString &raw : rows.first().fields) {
        const QString name = raw.trimmed().toLower();
        if (ignoredColumns().contains(name)) {
            columns << QString();
        } else if (known.contains(name)) {
            if (columns.contains(name))
                report.errors.append({1, name, tr("The column %1 appears twice.").arg(name)});
            columns << name;
        } else {
            report.errors.append({1, raw,
                                  tr("Unknown column \"%1\". The columns are described in "
                                     "docs/csv-format.md.")
                                      .arg(raw.left(60))});
            columns << QString();
        }
    }
    for (const QString &required : RequiredColumns)
        if (!columns.contains(required))
            report.errors.append({1, required, tr("The column %1 is missing.").arg(required)});
    if (!columns.contains(u"birth_date"_s) && !columns.contains(u"birth_year"_s))
        report.errors.append(
            {1, u"birth_date"_s, tr("The column birth_date (or birth_year) is missing.")});
    if (!columns.contains(u"family_name_ar"_s) && !columns.contains(u"family_name_lat"_s))
        report.errors.append({1, u"family_name_ar"_s,
                              tr("A name column is missing (family_name_ar or family_name_lat).")});
    if (!report.ok())
        return report;

    CaseFileValidator validator(m_ws.clock().today());
    QList<CaseFile> cases;
    QHash<QString, int> cinLine, idcsLine;
    for (qsizetype r = 1; r < rows.size(); ++r) {
        const CsvRow &row = rows.at(r);
        ++report.rows;
        if (row.fields.size() != columns.size()) {
            report.errors.append({row.line,
                                  {},
                                  tr("This row has %1 fields instead of %2.")
                                      .arg(row.fields.size())
                                      .arg(columns.size())});
            continue;
        }
        QVariantMap fields;
        QStringList badColumns; // reported here, not again by the validator
        for (qsizetype i = 0; i < columns.size(); ++i) {
            if (columns.at(i).isEmpty())
                continue;
            QString value = row.fields.at(i).trimmed();
            // The exporter neutralises formulas with a leading apostrophe; take it off again.
            if (value.size() > 1 && value.front() == u'\'' &&
                QStringLiteral("=+-@").contains(value.at(1)))
                value.remove(0, 1);
            if ((columns.at(i) == u"birth_date"_s || columns.at(i) == u"rsu_index_date"_s) &&
                !value.isEmpty()) {
                const QDate d = TypedDate::parse(value);
                if (!d.isValid()) {
                    report.errors.append(
                        {row.line, columns.at(i),
                         tr("\"%1\" is not a date (dd/mm/yyyy).").arg(value.left(20))});
                    badColumns << columns.at(i);
                }
                value = d.toString(Qt::ISODate);
            }
            if (columns.at(i) == u"rsu_index"_s)
                value.replace(u',', u'.');
            if (columns.at(i) == u"birth_year_only"_s)
                value = (value == u"1"_s || value.toLower() == u"true"_s) ? u"1"_s : u"0"_s;
            fields.insert(columns.at(i), value);
        }
        CaseFile c = CaseFile::fromFieldMap(fields);
        validator.normalize(c);
        ValidationIssues issues = validator.validate(c);
        issues += DuplicateFinder(m_ws.database().connection()).find(c);
        if (!c.cin.isEmpty() && cinLine.contains(c.cin))
            issues.append({u"cin"_s,
                           ValidationIssue::Severity::Error,
                           tr("This CIN is also on line %1 of the file.").arg(cinLine.value(c.cin)),
                           {}});
        if (!c.idcs.isEmpty() && idcsLine.contains(c.idcs))
            issues.append(
                {u"idcs"_s,
                 ValidationIssue::Severity::Error,
                 tr("This IDCS is also on line %1 of the file.").arg(idcsLine.value(c.idcs)),
                 {}});
        if (!c.cin.isEmpty())
            cinLine.insert(c.cin, row.line);
        if (!c.idcs.isEmpty())
            idcsLine.insert(c.idcs, row.line);
        for (const ValidationIssue &issue : issues)
            if (!badColumns.contains(issue.field))
                (issue.severity == ValidationIssue::Severity::Error ? report.errors
                                                                    : report.warnings)
                    .append({row.line, issue.field, issue.message});
        cases << c;
    }
    if (report.rows == 0)
        report.errors.append({0, {}, tr("The file has a header but no rows.")});
    if (!report.ok() || dryRun)
        return report;

    // All or nothing: each file is its own write inside the import's.
    const WriteIntent intent{
        Capability::ImportData, AuditAction::CasesImported, {}, QString::number(cases.size())};
    m_ws.writes().write(actor, intent, [&](WriteContext &) {
        for (const CaseFile &c : std::as_const(cases))
            m_ws.cases().create(actor, c, /*duplicatesConfirmed=*/true);
    });
    report.written = int(cases.size());
    return report;
}

} // namespace jisr
