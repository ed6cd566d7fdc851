#include "scheduling/servicespage.h"

#include "scheduling/professionlabels.h"
#include "scheduling/schedulingsetupservice.h"
#include "scheduling/setuptablemodel.h"
#include "workspace/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace jisr {

ServicesPage::ServicesPage(Workspace &ws, const Actor &actor, QWidget *parent)
    : SetupPage(ws, actor, parent), m_model(new SetupTableModel(this))
{
    m_model->setHeaders({tr("Code"), tr("Name (French)"), tr("Name (Arabic)"), tr("Duration"),
                         tr("Needs"), tr("Room")});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tableFor(m_model, u"serviceList"_s), 1);
    layout->addWidget(buildForm());
    layout->addWidget(messageLabel());
    reload();
}

QWidget *ServicesPage::buildForm()
{
    auto *box = new QWidget;
    auto *form = new QFormLayout(box);
    form->setContentsMargins(0, 0, 0, 0);
    m_code = new QLineEdit;
    m_code->setObjectName(u"serviceCode"_s);
    m_code->setLayoutDirection(Qt::LeftToRight);
    m_code->setPlaceholderText(tr("for example joint_initial"));
    m_nameFr = new QLineEdit;
    m_nameFr->setObjectName(u"serviceNameFr"_s);
    m_nameAr = new QLineEdit;
    m_nameAr->setObjectName(u"serviceNameAr"_s);
    m_nameAr->setLayoutDirection(Qt::RightToLeft);
    m_minutes = new QSpinBox;
    m_minutes->setObjectName(u"serviceMinutes"_s);
    m_minutes->setRange(5, 480);
    m_minutes->setSingleStep(5);
    m_minutes->setValue(30);
    m_minutes->setSuffix(tr(" min"));
    auto *needs = new QHBoxLayout;
    for (int i = 0; i < NeedCount; ++i) {
        auto *need = new QComboBox;
        need->setObjectName(u"serviceNeed%1"_s.arg(i + 1));
        need->addItem(tr("—"), QString());
        for (const auto &[words, code] : ProfessionLabels::choices())
            need->addItem(words, code);
        needs->addWidget(need);
        m_needs << need;
    }
    m_room = new QComboBox;
    m_room->setObjectName(u"serviceRoom"_s);
    m_room->addItem(tr("no room"), int(RoomNeed::None));
    m_room->addItem(tr("any room"), int(RoomNeed::Any));
    m_room->addItem(tr("an accessible room"), int(RoomNeed::Accessible));
    m_sequence = new QCheckBox(tr("One after the other the same day, at most this long between:"));
    m_sequence->setObjectName(u"serviceSequence"_s);
    m_gap = new QSpinBox;
    m_gap->setObjectName(u"serviceGap"_s);
    m_gap->setRange(0, 240);
    m_gap->setValue(30);
    m_gap->setSuffix(tr(" min"));
    auto *sequence = new QHBoxLayout;
    sequence->addWidget(m_sequence);
    sequence->addWidget(m_gap);
    sequence->addStretch();
    m_add = new QPushButton(tr("Add the serv&ice"));
    m_add->setObjectName(u"serviceAdd"_s);
    connect(m_add, &QPushButton::clicked, this, &ServicesPage::addService);
    form->addRow(tr("Co&de:"), m_code);
    form->addRow(tr("Name in &French:"), m_nameFr);
    form->addRow(tr("Name in &Arabic:"), m_nameAr);
    form->addRow(tr("D&uration:"), m_minutes);
    auto *needsLabel = new QLabel(tr("&Needs:"));
    needsLabel->setBuddy(m_needs.first()); // a row of three: the label leads to the first
    form->addRow(needsLabel, needs);
    form->addRow(tr("&Room:"), m_room);
    form->addRow(QString(), sequence);
    form->addRow(QString(), m_add);
    return box;
}

void ServicesPage::reload()
{
    QList<QStringList> rows;
    QStringList ids;
    for (const Service &s : m_ws.scheduling().services(m_actor)) {
        QStringList needs;
        for (const ServiceNeed &n : s.needs)
            needs << ProfessionLabels::need(n.toCode());
        const QString joined = needs.join(s.sequence ? tr(", then ") : tr(" + "));
        const int room = m_room->findData(int(s.roomNeed));
        rows << QStringList{s.code,   s.nameFr,
                            s.nameAr, tr("%1 min").arg(s.minutes),
                            joined,   m_room->itemText(room)};
        ids << s.id;
    }
    m_model->setRows(rows, ids);
}

Service ServicesPage::typedService() const
{
    Service s;
    s.code = m_code->text();
    s.nameFr = m_nameFr->text();
    s.nameAr = m_nameAr->text();
    s.minutes = m_minutes->value();
    for (const QComboBox *need : m_needs)
        if (const QString code = need->currentData().toString(); !code.isEmpty())
            s.needs << ServiceNeed::fromCode(code);
    s.roomNeed = RoomNeed(m_room->currentData().toInt());
    s.sequence = m_sequence->isChecked();
    s.maxGapMinutes = s.sequence ? m_gap->value() : 0;
    return s;
}

void ServicesPage::addService()
{
    const Service s = typedService();
    if (!save([&] { m_ws.scheduling().addService(m_actor, s); }, tr("The service is saved.")))
        return;
    for (QLineEdit *field : {m_code, m_nameFr, m_nameAr})
        field->clear();
    for (QComboBox *need : m_needs)
        need->setCurrentIndex(0);
    m_code->setFocus();
}

void ServicesPage::showEvent(QShowEvent *event)
{
    m_add->setDefault(true);
    SetupPage::showEvent(event);
}

} // namespace jisr
