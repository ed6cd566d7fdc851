#pragma once

#include "cases/casehistoryentry.h"
#include "cases/casetab.h"

class QStandardItemModel;

namespace jisr {

// The history of a case file: when it was created and each change since, by whom, and which
// fields changed (never their values). A save made while the tab is in front shows at once.
class CaseHistoryTab : public CaseTab
{
    Q_OBJECT

public:
    explicit CaseHistoryTab(Workspace &workspace, QWidget *parent = nullptr);

protected:
    void load() override;
    void clear() override;
    void changeEvent(QEvent *event) override;

private:
    void fill();
    static QString shown(const QString &field, const QString &value);

    QList<CaseHistoryEntry> m_entries;
    QStandardItemModel *m_model = nullptr;
};

} // namespace jisr
