#include "scheduling/practitionerspage.h"

#include "accounts/userservice.h"
#include "common/applanguage.h"
#include "platform/errors/coreerror.h"
#include "scheduling/professionlabels.h"
#include "scheduling/schedulingsetupservice.h"
#include "scheduling/setuptablemodel.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace jisr {

PractitionersPage::PractitionersPage(Workspace &ws, const Actor &actor, QWidget *parent)
    : SetupPage(ws, actor, parent), m_model(new SetupTableModel(this))
{
    m_model->setHeaders(
        {tr("Name (French)"), tr("Name (Arabic)"), tr("Profession"), tr("Account"), tr("Active")});
    m_table = tableFor(m_model, u"practitionerList"_s);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PractitionersPage::fillForm);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(buildForm());
    layout->addWidget(messageLabel());
    reload();
}

QWidget *PractitionersPage::buildForm()
{
    auto *box = new QWidget;
    auto *form = new QFormLayout(box);
    form->setContentsMargins(0, 0, 0, 0);
    m_nameFr = new QLineEdit;
    m_nameFr->setObjectName(u"practitionerNameFr"_s);
    m_nameAr = new QLineEdit;
    m_nameAr->setObjectName(u"practitionerNameAr"_s);
    m_nameAr->setLayoutDirection(Qt::RightToLeft);
    m_profession = new QComboBox;
    m_profession->setObjectName(u"practitionerProfession"_s);
    m_profession->setEditable(true); // a profession of the centre's own, as a code
    m_profession->setInsertPolicy(QComboBox::NoInsert);
    for (const auto &[words, code] : ProfessionLabels::choices())
        m_profession->addItem(words, code);
    m_login = new QLineEdit;
    m_login->setObjectName(u"practitionerLogin"_s);
    m_login->setPlaceholderText(tr("none"));
    m_login->setLayoutDirection(Qt::LeftToRight);
    form->addRow(tr("Name in &French:"), m_nameFr);
    form->addRow(tr("Name in &Arabic:"), m_nameAr);
    form->addRow(tr("&Profession:"), m_profession);
    form->addRow(tr("&Linked account (login):"), m_login);
    auto *buttons = new QHBoxLayout;
    auto *fresh = new QPushButton(tr("&New practitioner"));
    fresh->setObjectName(u"practitionerNew"_s);
    fresh->setAutoDefault(false);
    connect(fresh, &QPushButton::clicked, this, &PractitionersPage::clearForm);
    m_save = new QPushButton(tr("&Save the practitioner"));
    m_save->setObjectName(u"practitionerSave"_s);
    connect(m_save, &QPushButton::clicked, this, &PractitionersPage::saveForm);
    buttons->addStretch();
    buttons->addWidget(fresh);
    buttons->addWidget(m_save);
    form->addRow(buttons);
    return box;
}

void PractitionersPage::reload()
{
    QList<QStringList> rows;
    QStringList ids;
    for (const Practitioner &p : m_ws.scheduling().practitioners(m_actor)) {
        const QString code =
            p.specialty.isEmpty() ? p.profession : p.profession + u':' + p.specialty;
        rows << QStringList{p.nameFr, p.nameAr, ProfessionLabels::need(code),
                            loginOf(p.userAccountId), p.active ? tr("yes") : tr("no")};
        ids << p.id;
    }
    m_model->setRows(rows, ids);
    if (const int row = m_model->rowOf(m_editedId); row >= 0) {
        const QSignalBlocker quiet(m_table->selectionModel());
        m_table->setCurrentIndex(m_model->index(row, 0));
    }
}

QString PractitionersPage::loginOf(const QString &userId) const
{
    if (userId.isEmpty())
        return {};
    try {
        for (const UserAccount &u : m_ws.users().list(m_actor))
            if (u.id == userId)
                return u.login;
    } catch (const CoreError &) {
        // Managing the schedule without managing accounts: the link is shown without its name.
    }
    return tr("(linked)");
}

void PractitionersPage::fillForm(const QModelIndex &current)
{
    m_editedId = m_model->idAt(current.row());
    for (const Practitioner &p : m_ws.scheduling().practitioners(m_actor)) {
        if (p.id != m_editedId)
            continue;
        m_nameFr->setText(p.nameFr);
        m_nameAr->setText(p.nameAr);
        const QString code =
            p.specialty.isEmpty() ? p.profession : p.profession + u':' + p.specialty;
        const int known = m_profession->findData(code);
        if (known >= 0)
            m_profession->setCurrentIndex(known);
        else
            m_profession->setEditText(code);
        m_login->setText(loginOf(p.userAccountId));
    }
}

void PractitionersPage::clearForm()
{
    m_editedId.clear();
    m_table->clearSelection();
    for (QLineEdit *field : {m_nameFr, m_nameAr, m_login})
        field->clear();
    m_profession->setCurrentIndex(0);
    say({}, false);
    m_nameFr->setFocus();
}

void PractitionersPage::saveForm()
{
    Practitioner p;
    p.id = m_editedId;
    p.nameFr = m_nameFr->text();
    p.nameAr = m_nameAr->text();
    // A choice of the list gives its code; a typed text is the centre's own code.
    const int chosen = m_profession->findText(m_profession->currentText());
    const QString code = chosen >= 0 ? m_profession->itemData(chosen).toString()
                                     : m_profession->currentText().trimmed();
    p.profession = code.section(u':', 0, 0);
    p.specialty = code.section(u':', 1);
    QString savedId;
    const bool saved = save(
        [&] {
            savedId = p.id.isEmpty()
                          ? m_ws.scheduling().addPractitioner(m_actor, p, m_login->text()).id
                          : m_ws.scheduling().updatePractitioner(m_actor, p, m_login->text()).id;
            m_editedId = savedId;
        },
        tr("%1 is saved. Set the working hours in the next tab.")
            .arg(p.displayName(AppLanguage::instance().current())));
    if (saved)
        emit practitionerSaved(savedId);
}

void PractitionersPage::showEvent(QShowEvent *event)
{
    m_save->setDefault(true); // Enter saves, from any field of the form
    SetupPage::showEvent(event);
}

} // namespace jisr
