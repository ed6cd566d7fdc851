#include "shell/firstrundialog.h"

#include "centre/centresetup.h"
#include "centre/referencedata.h"
#include "common/applanguage.h"
#include "platform/errors/coreerror.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace jisr {

FirstRunDialog::FirstRunDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent), m_ws(workspace)
{
    setObjectName(u"firstRunDialog"_s);
    setWindowTitle(tr("Jisr — New centre"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("This workstation has no centre yet. Describe the centre and "
                                "create its first administrator."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_province = new QComboBox;
    const bool ar = AppLanguage::instance().isArabic();
    for (const Province &p : ReferenceData::instance().provinces())
        m_province->addItem(ar ? p.nameAr : p.nameFr, p.code);
    m_province->model()->sort(0);
    m_centre = new QLineEdit;
    m_centre->setObjectName(u"centreName"_s);
    m_centreAr = new QLineEdit;
    m_centreAr->setObjectName(u"centreNameAr"_s);
    m_centreAr->setLayoutDirection(Qt::RightToLeft);
    m_address = new QLineEdit;
    m_phone = new QLineEdit;
    m_phone->setLayoutDirection(Qt::LeftToRight);
    m_login = new QLineEdit;
    m_login->setLayoutDirection(Qt::LeftToRight);
    m_nameFr = new QLineEdit;
    m_nameAr = new QLineEdit;
    m_nameAr->setLayoutDirection(Qt::RightToLeft);
    m_password = new QLineEdit;
    m_password->setEchoMode(QLineEdit::Password);
    m_password2 = new QLineEdit;
    m_password2->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Province"), m_province);
    form->addRow(tr("Centre name (French)"), m_centre);
    form->addRow(tr("Centre name (Arabic)"), m_centreAr);
    form->addRow(tr("Address"), m_address);
    form->addRow(tr("Phone"), m_phone);
    form->addRow(tr("Administrator's login"), m_login);
    form->addRow(tr("Name (French)"), m_nameFr);
    form->addRow(tr("Name (Arabic)"), m_nameAr);
    form->addRow(tr("Password"), m_password);
    form->addRow(tr("Password again"), m_password2);
    layout->addLayout(form);
    m_error = new QLabel;
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"QLabel { color: #b3261e; }"_s);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create the centre"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstRunDialog::create);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void FirstRunDialog::create()
{
    if (m_password->text() != m_password2->text()) {
        m_error->setText(tr("The two passwords are different."));
        return;
    }
    // The rules and the transaction are the core's, shared with `jisrctl init`.
    NewCentre centre;
    centre.provinceCode = m_province->currentData().toString();
    centre.name = m_centre->text();
    centre.nameAr = m_centreAr->text();
    centre.address = m_address->text();
    centre.phone = m_phone->text();
    centre.administrator.login = m_login->text();
    centre.administrator.nameFr = m_nameFr->text();
    centre.administrator.nameAr = m_nameAr->text();
    centre.administrator.language = AppLanguage::instance().current();
    try {
        CentreSetup(m_ws).run(centre, m_password->text());
        accept();
    } catch (const CoreError &e) {
        m_error->setText(e.message());
    }
}

} // namespace jisr
