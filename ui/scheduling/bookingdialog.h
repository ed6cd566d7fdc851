#pragma once

#include "platform/access/accesscontrol.h"
#include "scheduling/schedulingtypes.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace jisr {

class SlotOptionsModel;
class Workspace;

// Booking from a dossier (Ctrl+B in the case file): choose the service (type its first letters),
// the first day (today unless changed, dd/mm/yyyy), and if needed the last day, morning or
// afternoon, a weekday, a practitioner. The first free times of everyone the service needs are
// listed at once, the earliest selected; Enter books the selected one and the dialog closes.
// A time taken meanwhile is refused with the reason and the fresh options, the first one
// selected. Every refusal of the core (end before start, an archived or deceased person, a
// profession nobody has, 31/02) is said in the dialog, and nothing is booked.
class BookingDialog : public QDialog
{
    Q_OBJECT

public:
    BookingDialog(Workspace &ws, const Actor &actor, const QString &caseId, const QString &person,
                  QWidget *parent = nullptr);

    // What was booked, in one sentence of the interface language (after accept()).
    QString summary() const { return m_summary; }
    Appointment booked() const { return m_booked; }
    SlotOptionsModel *options() const { return m_options; }
    static constexpr int OptionCount = 8;

public slots:
    void search();
    void bookSelected();

private:
    QWidget *buildCriteria();
    void fillChoices();
    void showOptions(const QList<SlotOption> &options, const QString &message);
    void say(const QString &text, bool error);
    QDate typedDate(QLineEdit *field, bool required, const QString &what);

    Workspace &m_ws;
    Actor m_actor;
    QString m_caseId;
    QString m_summary;
    Appointment m_booked;
    SlotOptionsModel *m_options;
    QComboBox *m_service = nullptr;
    QLineEdit *m_from = nullptr;
    QLineEdit *m_to = nullptr;
    QComboBox *m_dayPart = nullptr;
    QComboBox *m_weekday = nullptr;
    QComboBox *m_practitioner = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_book = nullptr;
};

} // namespace jisr
