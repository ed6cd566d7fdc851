#include "scheduling/walkindialog.h"

#include "cases/caselistmodel.h"
#include "common/applanguage.h"
#include "scheduling/schedulingsetupservice.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace jisr {

WalkInDialog::WalkInDialog(Workspace &ws, const Actor &actor, QWidget *parent)
    : QDialog(parent), m_people(new CaseListModel(ws.cases(), this)), m_search(new QLineEdit),
      m_results(new QTableView), m_practitioner(new QComboBox), m_service(new QComboBox)
{
    setObjectName(u"walkInDialog"_s);
    setWindowTitle(tr("A walk-in joins the queue"));
    m_search->setObjectName(u"walkInSearch"_s);
    m_search->setPlaceholderText(tr("Name or dossier number"));
    m_search->installEventFilter(this);
    m_results->setObjectName(u"walkInResults"_s);
    m_results->setModel(m_people);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->verticalHeader()->hide();
    m_results->horizontalHeader()->setStretchLastSection(true);
    const bool arabic = AppLanguage::instance().isArabic();
    for (int c = 0; c < CaseListModel::ColumnCount; ++c)
        m_results->setColumnHidden(
            c, c != CaseListModel::Dossier && c != CaseListModel::Birth &&
                   c != (arabic ? CaseListModel::NameAr : CaseListModel::NameLat));
    m_practitioner->setObjectName(u"walkInPractitioner"_s);
    m_practitioner->addItem(tr("The first available"), QString());
    for (const Practitioner &p : ws.scheduling().practitioners(actor))
        if (p.active)
            m_practitioner->addItem(p.displayName(AppLanguage::instance().current()), p.id);
    m_service->setObjectName(u"walkInService"_s);
    m_service->addItem(tr("No particular service"), QString());
    for (const Service &s : ws.scheduling().services(actor))
        m_service->addItem(arabic && !s.nameAr.isEmpty() ? s.nameAr : s.nameFr, s.code);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add to the waiting room"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Person:"), m_search);
    form->addRow(QString(), m_results);
    form->addRow(tr("&To see:"), m_practitioner);
    form->addRow(tr("&Service:"), m_service);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (currentRow() >= 0)
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_search, &QLineEdit::textChanged, this, &WalkInDialog::search);
    m_people->setActor(actor);
    search();
    resize(560, 420);
    m_search->setFocus();
}

void WalkInDialog::search()
{
    m_people->setSearchText(m_search->text());
    if (m_people->rowCount() > 0)
        m_results->setCurrentIndex(m_people->index(0, 0)); // selectRow() fails right to left
}

int WalkInDialog::currentRow() const
{
    const QModelIndex current = m_results->currentIndex();
    return current.isValid() ? current.row() : (m_people->rowCount() > 0 ? 0 : -1);
}

WalkInRequest WalkInDialog::request() const
{
    return {m_people->caseIdAt(currentRow()), m_service->currentData().toString(),
            m_practitioner->currentData().toString()};
}

QString WalkInDialog::personName() const
{
    const int column =
        AppLanguage::instance().isArabic() ? CaseListModel::NameAr : CaseListModel::NameLat;
    return m_people->index(currentRow(), column).data().toString();
}

// The arrows move in the list of files while the cursor stays in the search box.
bool WalkInDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up) {
            QApplication::sendEvent(m_results, event);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace jisr
