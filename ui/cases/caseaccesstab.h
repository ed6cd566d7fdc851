#pragma once

#include "cases/casetab.h"
#include "platform/audit/auditlog.h"

class QStandardItemModel;

namespace jisr {

// Who opened a case file, and who read its notes or opened them in an emergency: from the audit
// log, for the administrators. Reading it is not itself a view of the file.
class CaseAccessTab : public CaseTab
{
    Q_OBJECT

public:
    explicit CaseAccessTab(Workspace &workspace, QWidget *parent = nullptr);

protected:
    void load() override;
    void clear() override;
    void changeEvent(QEvent *event) override;

private:
    void fill();

    QList<AuditEntry> m_entries;
    QStandardItemModel *m_model = nullptr;
};

} // namespace jisr
