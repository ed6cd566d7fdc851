#pragma once

#include "platform/access/accesscontrol.h"

#include <QCoreApplication>
#include <QString>

namespace jisr {

class Workspace;

// Exports every case file to CSV: UTF-8 with a BOM (so that Excel shows Arabic), comma
// separated, RFC 4180 quoting, dates as dd/mm/yyyy; the same columns the importer reads.
class CaseCsvExporter
{
    Q_DECLARE_TR_FUNCTIONS(CaseCsvExporter)

public:
    explicit CaseCsvExporter(Workspace &workspace);
    // Returns the number of files written. Requires the export capability; audited.
    qint64 run(const Actor &actor, const QString &path);

    static QString quote(const QString &field);

private:
    Workspace &m_ws;
};

} // namespace jisr
