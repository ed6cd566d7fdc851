#include "cases/caseimportdialog.h"

#include "cases/casefileservice.h"
#include "platform/errors/coreerror.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace jisr {

CaseImportDialog::CaseImportDialog(Workspace &workspace, const Actor &actor, const QString &path,
                                   QWidget *parent)
    : QDialog(parent), m_ws(workspace), m_actor(actor), m_path(path)
{
    setObjectName(u"caseImportDialog"_s);
    setWindowTitle(tr("Import case files — %1").arg(QFileInfo(path).fileName()));
    resize(860, 480);
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_encoding = new QComboBox;
    m_encoding->setObjectName(u"encoding"_s);
    m_encoding->addItem(tr("Detect the encoding"), QString());
    m_encoding->addItem(u"UTF-8"_s, u"utf-8"_s);
    m_encoding->addItem(tr("UTF-16 (Excel \"Unicode text\")"), u"utf-16"_s);
    m_encoding->addItem(tr("Windows-1256 (Arabic Windows)"), u"windows-1256"_s);
    m_encoding->addItem(tr("Windows-1252 (French Windows)"), u"windows-1252"_s);
    top->addWidget(new QLabel(tr("Encoding:")));
    top->addWidget(m_encoding);
    top->addStretch(1);
    layout->addLayout(top);
    m_summary = new QLabel;
    m_summary->setObjectName(u"summary"_s);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_problems = new QStandardItemModel(this);
    m_view = new QTableView;
    m_view->setModel(m_problems);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_view, 1);
    auto *buttons = new QHBoxLayout;
    m_import = new QPushButton;
    m_import->setObjectName(u"import"_s);
    auto *close = new QPushButton(tr("Close"));
    buttons->addStretch(1);
    buttons->addWidget(m_import);
    buttons->addWidget(close);
    layout->addLayout(buttons);
    connect(m_encoding, &QComboBox::currentIndexChanged, this, &CaseImportDialog::check);
    connect(m_import, &QPushButton::clicked, this, &CaseImportDialog::import);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    check();
}

QString CaseImportDialog::summary() const
{
    return m_summary->text();
}

// The importer's report; a refusal of the whole file (unreadable, not allowed) is shown as one
// problem of the file, like the others.
ImportReport CaseImportDialog::run(bool dryRun)
{
    try {
        return CaseCsvImporter(m_ws).run(m_actor, m_path, m_encoding->currentData().toString(),
                                         dryRun);
    } catch (const CoreError &e) {
        ImportReport failed;
        failed.errors << ImportProblem{0, {}, e.message()};
        return failed;
    }
}

// A dry run: the same checks as the import, nothing written.
void CaseImportDialog::check()
{
    m_imported = false;
    display(run(/*dryRun=*/true));
}

void CaseImportDialog::import()
{
    ImportReport done;
    {
        // One notice for the whole file instead of one per row: each would reload the case
        // list inside the import's transaction (thousands of reloads, and rows that a failure
        // later in the file rolls back).
        const QSignalBlocker quiet(&m_ws.cases());
        done = run(/*dryRun=*/false);
    }
    m_imported = done.ok();
    display(done);
    if (m_imported)
        emit casesImported(done.written);
}

void CaseImportDialog::display(const ImportReport &report)
{
    m_report = report;
    m_problems->clear();
    m_problems->setHorizontalHeaderLabels({tr("Line"), tr("Kind"), tr("Column"), tr("Problem")});
    addProblems(report.errors, tr("error"));
    addProblems(report.warnings, tr("to check"));
    m_view->resizeColumnsToContents();

    if (m_imported)
        m_summary->setText(tr("%n case file(s) imported.", nullptr, report.written));
    else if (!report.ok())
        m_summary->setText(tr("Nothing can be imported: %n problem(s) in the file. Correct them "
                              "in the spreadsheet and open the file again.",
                              nullptr, int(report.errors.size())));
    else
        m_summary->setText(
            tr("%n row(s) read (%1), all valid: ready to import.", nullptr, report.rows)
                .arg(report.encoding));
    m_import->setText(tr("Import %n case file(s)", nullptr, report.rows));
    m_import->setEnabled(report.ok() && !m_imported && report.rows > 0);
    m_encoding->setEnabled(!m_imported);
}

void CaseImportDialog::addProblems(const QList<ImportProblem> &problems, const QString &kind)
{
    for (const ImportProblem &p : problems) {
        m_problems->appendRow({new QStandardItem(p.line > 0 ? QString::number(p.line) : QString()),
                               new QStandardItem(kind), new QStandardItem(p.column),
                               new QStandardItem(p.message)});
    }
}

} // namespace jisr
