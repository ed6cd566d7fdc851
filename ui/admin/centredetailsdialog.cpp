#include "admin/centredetailsdialog.h"

#include "centre/settingsservice.h"
#include "platform/errors/coreerror.h"
#include "workspace/workspace.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace jisr {

CentreDetailsDialog::CentreDetailsDialog(Workspace &workspace, const Actor &actor, QWidget *parent)
    : QDialog(parent), m_ws(workspace), m_actor(actor)
{
    setObjectName(u"centreDetailsDialog"_s);
    setWindowTitle(tr("Centre details"));
    m_name = addField(u"centreName"_s, Qt::LeftToRight);
    m_nameAr = addField(u"centreNameAr"_s, Qt::RightToLeft);
    m_address = addField(u"centreAddress"_s, layoutDirection());
    m_phone = addField(u"centrePhone"_s, Qt::LeftToRight);
    const CentreIdentity identity = m_ws.centreSettings().centreIdentity();
    m_name->setText(identity.name);
    m_nameAr->setText(identity.nameAr);
    m_address->setText(identity.address);
    m_phone->setText(identity.phone);

    auto *form = new QFormLayout;
    form->addRow(tr("Centre name (French)"), m_name);
    form->addRow(tr("Centre name (Arabic)"), m_nameAr);
    form->addRow(tr("Address"), m_address);
    form->addRow(tr("Phone"), m_phone);
    m_error = new QLabel;
    m_error->setObjectName(u"centreDetailsError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"QLabel { color: #b3261e; }"_s);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Save)->setText(tr("Save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CentreDetailsDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The login screen, the status bar and the printed slips and "
                                "cards show these details. The province and the dossier series "
                                "cannot change."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

// Each name is typed in its own script, whatever the interface language.
QLineEdit *CentreDetailsDialog::addField(const QString &objectName, Qt::LayoutDirection direction)
{
    auto *edit = new QLineEdit;
    edit->setObjectName(objectName);
    edit->setLayoutDirection(direction);
    return edit;
}

void CentreDetailsDialog::save()
{
    try {
        m_ws.centreSettings().setCentreIdentity(
            m_actor, {m_name->text(), m_nameAr->text(), m_address->text(), m_phone->text()});
        accept();
    } catch (const CoreError &e) {
        m_error->setText(e.message());
        m_name->setFocus();
    }
}

} // namespace jisr
