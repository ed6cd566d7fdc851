#include "scheduling/roomspage.h"

#include "scheduling/schedulingsetupservice.h"
#include "scheduling/setuptablemodel.h"
#include "workspace/workspace.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace jisr {

RoomsPage::RoomsPage(Workspace &ws, const Actor &actor, QWidget *parent)
    : SetupPage(ws, actor, parent), m_model(new SetupTableModel(this)), m_name(new QLineEdit),
      m_accessible(new QCheckBox(tr("Accessible: ground floor or lift, wheelchair, hoist"))),
      m_add(new QPushButton(tr("&Add the room")))
{
    m_model->setHeaders({tr("Room"), tr("Accessibility")});
    m_name->setObjectName(u"roomName"_s);
    m_accessible->setObjectName(u"roomAccessible"_s);
    m_add->setObjectName(u"roomAdd"_s);
    connect(m_add, &QPushButton::clicked, this, &RoomsPage::addRoom);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_accessible);
    form->addRow(QString(), m_add);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tableFor(m_model, u"roomList"_s), 1);
    layout->addLayout(form);
    layout->addWidget(messageLabel());
    reload();
}

void RoomsPage::reload()
{
    QList<QStringList> rows;
    QStringList ids;
    for (const Room &r : m_ws.scheduling().rooms(m_actor)) {
        rows << QStringList{r.name, r.accessible ? tr("accessible") : tr("not accessible")};
        ids << r.id;
    }
    m_model->setRows(rows, ids);
}

void RoomsPage::addRoom()
{
    Room r;
    r.name = m_name->text();
    r.accessible = m_accessible->isChecked();
    if (save([&] { m_ws.scheduling().addRoom(m_actor, r); }, tr("The room is saved."))) {
        m_name->clear();
        m_accessible->setChecked(false);
        m_name->setFocus();
    }
}

void RoomsPage::showEvent(QShowEvent *event)
{
    m_add->setDefault(true);
    SetupPage::showEvent(event);
}

} // namespace jisr
