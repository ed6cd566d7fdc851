#pragma once

#include "platform/access/accesscontrol.h"
#include "scheduling/appointmentservice.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace jisr {

class CaseListModel;
class Workspace;

// A person without an appointment joins the queue: type a name or a dossier number, the arrows
// choose among the files found, optionally a practitioner and a service; Enter confirms.
class WalkInDialog : public QDialog
{
    Q_OBJECT

public:
    WalkInDialog(Workspace &ws, const Actor &actor, QWidget *parent = nullptr);

    WalkInRequest request() const;
    QString personName() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void search();
    int currentRow() const;

    CaseListModel *m_people;
    QLineEdit *m_search;
    QTableView *m_results;
    QComboBox *m_practitioner;
    QComboBox *m_service;
};

} // namespace jisr
