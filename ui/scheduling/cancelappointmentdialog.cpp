#include "scheduling/cancelappointmentdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace jisr {

CancelAppointmentDialog::CancelAppointmentDialog(const QString &person, QWidget *parent)
    : QDialog(parent), m_person(person), m_reason(new QLineEdit), m_by(new QComboBox),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(u"cancelAppointmentDialog"_s);
    setWindowTitle(tr("Cancel the appointment"));
    m_reason->setObjectName(u"cancelReason"_s);
    m_by->setObjectName(u"cancelledBy"_s);
    m_by->addItem(tr("The person"), true);
    m_by->addItem(tr("The centre"), false);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Cancel the appointment"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Keep it"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("Cancelled &by:"), m_by);
    auto *layout = new QVBoxLayout(this);
    auto *who = new QLabel(tr("Appointment of %1").arg(person));
    who->setWordWrap(true);
    layout->addWidget(who);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    const auto allowOk = [this] {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!reason().isEmpty());
    };
    connect(m_reason, &QLineEdit::textChanged, this, allowOk);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    allowOk();
    m_reason->setFocus();
}

QString CancelAppointmentDialog::reason() const
{
    return m_reason->text().simplified();
}

bool CancelAppointmentDialog::byThePerson() const
{
    return m_by->currentData().toBool();
}

} // namespace jisr
