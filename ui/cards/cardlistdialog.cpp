#include "cards/cardlistdialog.h"

#include "cards/cardlistmodel.h"
#include "cards/cardprintdialog.h"
#include "cards/cardservice.h"
#include "cards/casedocumentdialog.h"
#include "cards/printlogdialog.h"
#include "common/filedialog.h"
#include "common/messagebox.h"
#include "platform/errors/coreerror.h"
#include "print/cardrenderer.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace jisr {

namespace {

constexpr int ExpiringDays = 90;

} // namespace

CardListDialog::CardListDialog(Workspace &workspace, const Actor &actor, QWidget *parent)
    : QDialog(parent), m_ws(workspace), m_actor(actor)
{
    setObjectName(u"cardListDialog"_s);
    m_model = new CardListModel(m_ws.cards(), this);
    m_sorted = new QSortFilterProxyModel(this);
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(CardListModel::RawRole);

    m_list = new QComboBox(this);
    m_list->setObjectName(u"cardList"_s);
    for (int i = 0; i < 4; ++i)
        m_list->addItem(QString());
    m_view = new QTableView(this);
    m_view->setObjectName(u"cardTable"_s);
    m_view->setModel(m_sorted);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();
    m_front = new QLabel(this);
    m_front->setObjectName(u"cardFront"_s);
    m_back = new QLabel(this);
    m_back->setObjectName(u"cardBack"_s);
    for (QLabel *side : {m_front, m_back}) {
        side->setFixedSize(340, 215);
        side->setAlignment(Qt::AlignCenter);
        side->setFrameShape(QFrame::StyledPanel);
    }
    m_pdf = new QPushButton(this);
    m_pdf->setObjectName(u"printPdf"_s);
    m_pdf->setEnabled(false);
    m_print = new QPushButton(this);
    m_print->setObjectName(u"printCard"_s);
    m_printApproved = new QPushButton(this);
    m_printApproved->setObjectName(u"printApproved"_s);
    m_log = new QPushButton(this);
    m_log->setObjectName(u"printLog"_s);
    m_summary = new QPushButton(this);
    m_summary->setObjectName(u"caseSummary"_s);
    // Printing and its log are the administrators' (the core refuses the others anyway).
    const bool prints = m_actor.can(Capability::PrintCards);
    m_printApproved->setVisible(prints);
    m_log->setVisible(prints);
    m_print->setVisible(prints);
    m_pdf->setVisible(prints);

    auto *preview = new QHBoxLayout;
    preview->addWidget(m_front);
    preview->addWidget(m_back);
    preview->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(m_view, 1);
    layout->addLayout(preview);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_log);
    buttons->addWidget(m_summary);
    buttons->addStretch();
    buttons->addWidget(m_printApproved);
    buttons->addWidget(m_print);
    buttons->addWidget(m_pdf);
    layout->addLayout(buttons);

    connect(m_list, &QComboBox::currentIndexChanged, this, &CardListDialog::showList);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CardListDialog::showPreview);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CardListDialog::showPreview);
    connect(m_model, &QAbstractItemModel::modelReset, m_view, &QTableView::resizeColumnsToContents);
    connect(m_pdf, &QPushButton::clicked, this, &CardListDialog::printToPdf);
    connect(m_print, &QPushButton::clicked, this, &CardListDialog::printSelected);
    connect(m_printApproved, &QPushButton::clicked, this, &CardListDialog::printApproved);
    connect(m_log, &QPushButton::clicked, this, &CardListDialog::showPrintLog);
    connect(m_summary, &QPushButton::clicked, this, &CardListDialog::showSummary);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CardListDialog::updateButtons);
    retranslate();
    showList();
    resize(760, 620);
}

void CardListDialog::retranslate()
{
    setWindowTitle(tr("Disability cards"));
    m_list->setItemText(0, tr("Approved, not yet printed"));
    m_list->setItemText(1, tr("Printed, not yet delivered"));
    m_list->setItemText(2, tr("Expiring within %1 days").arg(ExpiringDays));
    m_list->setItemText(3, tr("All cards"));
    m_pdf->setText(tr("Print to PDF…"));
    m_print->setText(tr("Print…"));
    m_printApproved->setText(tr("Print all approved…"));
    m_log->setText(tr("Print log…"));
    m_summary->setText(tr("Case summary…"));
}

void CardListDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void CardListDialog::showList()
{
    switch (m_list->currentIndex()) {
    case 0:
        m_model->show(m_actor, u"approved"_s);
        break;
    case 1:
        m_model->show(m_actor, u"printed"_s);
        break;
    case 2:
        m_model->show(m_actor, {}, ExpiringDays);
        break;
    default:
        m_model->show(m_actor, {});
    }
}

QString CardListDialog::selectedId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(CardListModel::IdRole).toString();
}

void CardListDialog::showPreview()
{
    m_front->clear();
    m_back->clear();
    const QString id = selectedId();
    m_pdf->setEnabled(!id.isEmpty() && m_actor.can(Capability::PrintCards));
    updateButtons();
    if (id.isEmpty() || !m_actor.can(Capability::PrintCards))
        return;
    try {
        // A preview signs a payload but records nothing: only a print does.
        const CardPrintData data = m_ws.cards().prepare(m_actor, id, tr("Preview"));
        const CardRenderer renderer;
        m_front->setPixmap(QPixmap::fromImage(
            renderer.image(data, CardRenderer::Side::Front, 100)
                .scaled(m_front->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
        m_back->setPixmap(QPixmap::fromImage(
            renderer.image(data, CardRenderer::Side::Back, 100)
                .scaled(m_back->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    } catch (const CoreError &e) {
        m_front->setText(e.message());
        m_front->setWordWrap(true);
    }
}

void CardListDialog::printToPdf()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    try {
        QString reason;
        if (m_ws.cards().get(m_actor, id).copy > 0) {
            bool ok = false;
            reason = QInputDialog::getText(this, tr("Reprint"),
                                           tr("This card was printed already. Why print it "
                                              "again (lost, damaged…)?"),
                                           QLineEdit::Normal, {}, &ok);
            if (!ok)
                return;
        }
        const CardPrintData data = m_ws.cards().prepare(m_actor, id, reason);
        const QString file =
            FileDialog::getPdfSaveFileName(this, tr("Print the card to PDF"), {}, m_ws.dataDir());
        if (file.isEmpty())
            return;
        CardRenderer().writePdf({data}, file);
        m_ws.cards().recordPrint(m_actor, data, u"PDF "_s + QFileInfo(file).fileName());
    } catch (const CoreError &e) {
        MessageBox::warning(this, tr("Disability cards"), e.message());
    }
}

void CardListDialog::updateButtons()
{
    const bool selected = !selectedId().isEmpty();
    m_print->setEnabled(selected);
    m_summary->setEnabled(selected);
    m_printApproved->setEnabled(m_list->currentIndex() == 0 && m_model->rowCount() > 0);
}

void CardListDialog::printSelected()
{
    if (!selectedId().isEmpty())
        CardPrintDialog(m_ws, m_actor, {selectedId()}, this).exec();
}

// Every card of the "approved, not yet printed" list, in its order.
void CardListDialog::printApproved()
{
    QStringList ids;
    for (int row = 0; row < m_sorted->rowCount(); ++row)
        ids << m_sorted->index(row, 0).data(CardListModel::IdRole).toString();
    if (!ids.isEmpty())
        CardPrintDialog(m_ws, m_actor, ids, this).exec();
}

void CardListDialog::showPrintLog()
{
    PrintLogDialog(m_ws, m_actor, this).exec();
}

void CardListDialog::showSummary()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    try {
        CaseDocumentDialog::openCaseSummary(m_ws, m_actor, m_ws.cards().get(m_actor, id).caseId,
                                            this);
    } catch (const CoreError &e) {
        MessageBox::warning(this, tr("Disability cards"), e.message());
    }
}

} // namespace jisr
