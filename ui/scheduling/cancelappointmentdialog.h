#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace jisr {

// Asks why an appointment is cancelled and who cancelled it (the person, or the centre). OK
// stays greyed out until a reason is typed; Enter confirms, Esc gives up.
class CancelAppointmentDialog : public QDialog
{
    Q_OBJECT

public:
    CancelAppointmentDialog(const QString &person, QWidget *parent = nullptr);

    QString person() const { return m_person; }
    QString reason() const;
    bool byThePerson() const;

private:
    QString m_person;
    QLineEdit *m_reason;
    QComboBox *m_by;
    QDialogButtonBox *m_buttons;
};

} // namespace jisr
