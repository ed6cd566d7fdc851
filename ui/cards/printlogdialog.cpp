#include "cards/printlogdialog.h"

#include "cards/printlogmodel.h"
#include "platform/platformservices.h"
#include "platform/time/clock.h"
#include "workspace/workspace.h"

#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace jisr {

PrintLogDialog::PrintLogDialog(Workspace &workspace, const Actor &actor, QWidget *parent)
    : QDialog(parent), m_actor(actor)
{
    setObjectName(u"printLogDialog"_s);
    m_model = new PrintLogModel(workspace.platform(), this);
    auto *sorted = new QSortFilterProxyModel(this);
    sorted->setSourceModel(m_model);
    sorted->setSortRole(PrintLogModel::RawRole);

    m_card = new QLineEdit(this);
    m_card->setObjectName(u"logCard"_s);
    m_card->setClearButtonEnabled(true);
    // Dates: the last year by default, by the centre's clock.
    const QDate today = workspace.platform().clock.today();
    m_from = new QDateEdit(today.addYears(-1), this);
    m_from->setObjectName(u"logFrom"_s);
    m_until = new QDateEdit(today, this);
    m_until->setObjectName(u"logUntil"_s);
    for (QDateEdit *d : {m_from, m_until}) {
        d->setCalendarPopup(true);
        // Left to right before the format: QDateTimeEdit reverses the sections of a format set
        // while it is right to left (2026/12/01 instead of 01/12/2026 in Arabic).
        d->setLayoutDirection(Qt::LeftToRight);
        d->setDisplayFormat(u"dd/MM/yyyy"_s);
    }
    m_cardLabel = new QLabel(this);
    m_fromLabel = new QLabel(this);
    m_untilLabel = new QLabel(this);
    m_error = new QLabel(this);
    m_error->setObjectName(u"logError"_s);
    m_error->setWordWrap(true);
    m_view = new QTableView(this);
    m_view->setObjectName(u"logTable"_s);
    m_view->setModel(sorted);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(PrintLogModel::PrintedAt, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();

    auto *filter = new QHBoxLayout;
    filter->addWidget(m_cardLabel);
    filter->addWidget(m_card, 1);
    filter->addWidget(m_fromLabel);
    filter->addWidget(m_from);
    filter->addWidget(m_untilLabel);
    filter->addWidget(m_until);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filter);
    layout->addWidget(m_error);
    layout->addWidget(m_view, 1);

    connect(m_card, &QLineEdit::textChanged, this, &PrintLogDialog::applyFilter);
    connect(m_from, &QDateEdit::dateChanged, this, &PrintLogDialog::applyFilter);
    connect(m_until, &QDateEdit::dateChanged, this, &PrintLogDialog::applyFilter);
    connect(m_model, &QAbstractItemModel::modelReset, m_view, &QTableView::resizeColumnsToContents);
    retranslate();
    applyFilter();
    resize(820, 480);
}

void PrintLogDialog::retranslate()
{
    setWindowTitle(tr("Card print log"));
    m_cardLabel->setText(tr("Card number"));
    m_card->setPlaceholderText(tr("All cards"));
    m_fromLabel->setText(tr("From"));
    m_untilLabel->setText(tr("to"));
}

void PrintLogDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void PrintLogDialog::applyFilter()
{
    m_model->show(m_actor, {m_card->text(), m_from->date(), m_until->date()});
    m_error->setText(m_model->error());
    m_error->setVisible(!m_model->error().isEmpty());
}

} // namespace jisr
