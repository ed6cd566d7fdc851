#include "cases/casecsvactions.h"

#include "cases/casecsvexporter.h"
#include "cases/caseimportdialog.h"
#include "common/filedialog.h"
#include "common/messagebox.h"
#include "platform/errors/coreerror.h"

#include <QAction>

using namespace Qt::StringLiterals;

namespace jisr {

CaseCsvActions::CaseCsvActions(Workspace &workspace, QWidget *window)
    : QObject(window), m_ws(workspace), m_window(window)
{
    m_import = new QAction(this);
    m_import->setObjectName(u"importCasesAction"_s);
    m_export = new QAction(this);
    m_export->setObjectName(u"exportCasesAction"_s);
    connect(m_import, &QAction::triggered, this, &CaseCsvActions::importCases);
    connect(m_export, &QAction::triggered, this, &CaseCsvActions::exportCases);
    retranslate();
}

void CaseCsvActions::retranslate()
{
    m_import->setText(tr("&Import case files (CSV)…"));
    m_export->setText(tr("&Export case files (CSV)…"));
}

void CaseCsvActions::setActor(const Actor &actor)
{
    m_actor = actor;
    m_import->setVisible(actor.can(Capability::ImportData));
    m_export->setVisible(actor.can(Capability::ExportData));
}

void CaseCsvActions::importCases()
{
    const QString path =
        FileDialog::getOpenFileName(m_window, tr("Import case files"), QString(),
                                    tr("CSV or text files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        importFrom(path);
}

void CaseCsvActions::importFrom(const QString &path)
{
    CaseImportDialog dialog(m_ws, m_actor, path, m_window);
    connect(&dialog, &CaseImportDialog::casesImported, this, &CaseCsvActions::casesImported);
    dialog.exec();
}

void CaseCsvActions::exportCases()
{
    const QString path = FileDialog::getSaveFileName(m_window, tr("Export case files"),
                                                     u"dossiers.csv"_s, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    try {
        const qint64 n = CaseCsvExporter(m_ws).run(m_actor, path);
        emit statusMessage(tr("%n case file(s) exported.", nullptr, int(n)), 10000);
    } catch (const CoreError &e) {
        MessageBox::warning(m_window, tr("Export case files"), e.message());
    }
}

} // namespace jisr
