#pragma once

#include "platform/access/accesscontrol.h"
#include "platform/audit/auditlog.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QLineEdit;
class QStandardItemModel;
class QTableView;

namespace jisr {

class Workspace;

// The audit log for administrators: filtered by user, dossier and period, exported to CSV, and
// its hash chain verified.
class AuditLogDialog : public QDialog
{
    Q_OBJECT

public:
    AuditLogDialog(Workspace &workspace, const Actor &actor, QWidget *parent = nullptr);

private:
    AuditFilter filter() const;
    void refresh();
    void exportCsv();
    void verify();

    Workspace &m_ws;
    Actor m_actor;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_dossier = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_status = nullptr;
    QStandardItemModel *m_model = nullptr;
    QTableView *m_view = nullptr;
};

} // namespace jisr
