#pragma once

#include "platform/access/accesscontrol.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;

namespace jisr {

class PrintLogModel;
class Workspace;

// The print log for administrators: every copy printed, by whom, when, on which printer, first
// print or reprint and why; filtered by card number and by dates.
class PrintLogDialog : public QDialog
{
    Q_OBJECT

public:
    PrintLogDialog(Workspace &workspace, const Actor &actor, QWidget *parent = nullptr);

    PrintLogModel *model() const { return m_model; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void applyFilter();

    Actor m_actor;
    PrintLogModel *m_model = nullptr;
    QLabel *m_cardLabel = nullptr;
    QLineEdit *m_card = nullptr;
    QLabel *m_fromLabel = nullptr;
    QDateEdit *m_from = nullptr;
    QLabel *m_untilLabel = nullptr;
    QDateEdit *m_until = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace jisr
