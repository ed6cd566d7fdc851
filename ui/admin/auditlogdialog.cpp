#include "admin/auditlogdialog.h"

#include "accounts/userservice.h"
#include "cases/casefileservice.h"
#include "common/bidi.h"
#include "common/codelabels.h"
#include "common/filedialog.h"
#include "common/messagebox.h"
#include "platform/audit/auditservice.h"
#include "platform/errors/coreerror.h"
#include "workspace/workspace.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace jisr {

AuditLogDialog::AuditLogDialog(Workspace &workspace, const Actor &actor, QWidget *parent)
    : QDialog(parent), m_ws(workspace), m_actor(actor)
{
    setObjectName(u"auditLogDialog"_s);
    setWindowTitle(tr("Audit log"));
    resize(980, 560);
    auto *layout = new QVBoxLayout(this);
    auto *filters = new QHBoxLayout;
    m_user = new QLineEdit;
    m_user->setPlaceholderText(tr("User login"));
    m_dossier = new QLineEdit;
    m_dossier->setPlaceholderText(tr("Dossier number"));
    m_dossier->setLayoutDirection(Qt::LeftToRight);
    m_from = new QDateEdit(QDate::currentDate().addDays(-30));
    m_to = new QDateEdit(QDate::currentDate());
    for (QDateEdit *d : {m_from, m_to}) {
        d->setDisplayFormat(u"dd/MM/yyyy"_s);
        d->setLayoutDirection(Qt::LeftToRight); // 24/10/2026, not 2026/10/24, in Arabic
        d->setCalendarPopup(true);
    }
    auto *apply = new QPushButton(tr("Filter"));
    filters->addWidget(m_user);
    filters->addWidget(m_dossier);
    filters->addWidget(new QLabel(tr("From")));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to")));
    filters->addWidget(m_to);
    filters->addWidget(apply);
    layout->addLayout(filters);
    m_model = new QStandardItemModel(this);
    m_view = new QTableView;
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_view, 1);
    auto *bottom = new QHBoxLayout;
    m_status = new QLabel;
    auto *verifyButton = new QPushButton(tr("Verify the chain"));
    auto *exportButton = new QPushButton(tr("Export…"));
    auto *close = new QPushButton(tr("Close"));
    bottom->addWidget(m_status, 1);
    bottom->addWidget(verifyButton);
    bottom->addWidget(exportButton);
    bottom->addWidget(close);
    layout->addLayout(bottom);
    connect(apply, &QPushButton::clicked, this, &AuditLogDialog::refresh);
    connect(verifyButton, &QPushButton::clicked, this, &AuditLogDialog::verify);
    connect(exportButton, &QPushButton::clicked, this, &AuditLogDialog::exportCsv);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    refresh();
}

AuditFilter AuditLogDialog::filter() const
{
    AuditFilter f;
    if (!m_user->text().trimmed().isEmpty()) {
        const auto account = m_ws.users().findByLogin(m_user->text());
        f.userId = account ? account->id : u"-"_s;
    }
    f.dossierNo = m_dossier->text().trimmed(); // not opened: that would count as a view
    f.from = m_from->date().startOfDay();
    f.to = m_to->date().addDays(1).startOfDay();
    return f;
}

void AuditLogDialog::refresh()
{
    m_model->clear();
    m_model->setHorizontalHeaderLabels(
        {tr("When"), tr("User"), tr("Action"), tr("Dossier"), tr("Details")});
    try {
        for (const AuditEntry &e : m_ws.auditQueries().list(m_actor, filter())) {
            QList<QStandardItem *> row;
            // In Arabic the date and time keep their order.
            const QString when = leftToRight(e.at.toLocalTime().toString(u"dd/MM/yyyy HH:mm:ss"_s));
            for (const QString &cell :
                 QStringList{when, e.login, CodeLabels::label(e.action), dossierOf(e),
                             CodeLabels::auditDetails(e.action, e.details)})
                row << new QStandardItem(cell);
            m_model->appendRow(row);
        }
        m_status->setText(tr("%n entries", nullptr, m_model->rowCount()));
    } catch (const CoreError &e) {
        m_status->setText(e.message());
    }
    m_view->resizeColumnsToContents();
}

void AuditLogDialog::exportCsv()
{
    const QString path = FileDialog::getSaveFileName(this, tr("Export the audit log"),
                                                     u"audit.csv"_s, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    try {
        const qint64 n = m_ws.auditQueries().exportCsv(m_actor, filter(), path);
        m_status->setText(tr("%n entries exported.", nullptr, int(n)));
    } catch (const CoreError &e) {
        MessageBox::warning(this, windowTitle(), e.message());
    }
}

void AuditLogDialog::verify()
{
    try {
        const AuditVerification v = m_ws.auditQueries().verify(m_actor);
        if (v.ok)
            m_status->setText(
                tr("The audit log is intact: %n entries checked.", nullptr, int(v.entries)));
        else
            MessageBox::critical(this, windowTitle(),
                                 tr("The audit log was altered at entry %1.").arg(v.firstBadSeq));
    } catch (const CoreError &e) {
        MessageBox::warning(this, windowTitle(), e.message());
    }
}

} // namespace jisr
