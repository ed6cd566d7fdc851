#pragma once

#include "platform/access/accesscontrol.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace jisr {

class CardListModel;
class Workspace;

// The administrator's card lists: approved and not yet printed, printed and not delivered,
// expiring within 90 days (renewal reminders), all; the selected card previewed front and back
// as it prints, and printed to PDF (recorded in the print log, a reprint with its reason);
// printed for real one by one or all the approved ones at once (CardPrintDialog), the print
// log (administrators) and the case summary of the selected card's file.
class CardListDialog : public QDialog
{
    Q_OBJECT

public:
    CardListDialog(Workspace &workspace, const Actor &actor, QWidget *parent = nullptr);

    CardListModel *model() const { return m_model; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showList();
    void showPreview();
    void printToPdf();
    void printSelected();
    void printApproved();
    void showPrintLog();
    void showSummary();
    void updateButtons();
    QString selectedId() const;

    Workspace &m_ws;
    Actor m_actor;
    CardListModel *m_model = nullptr;
    QSortFilterProxyModel *m_sorted = nullptr;
    QComboBox *m_list = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_front = nullptr;
    QLabel *m_back = nullptr;
    QPushButton *m_pdf = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_printApproved = nullptr;
    QPushButton *m_log = nullptr;
    QPushButton *m_summary = nullptr;
};

} // namespace jisr
