#pragma once

#include "platform/access/accesscontrol.h"

#include <QList>
#include <QObject>

class QTabWidget;

namespace jisr {

class CaseAccessTab;
class CaseDocumentsTab;
class CaseHistoryTab;
class CaseNotesTab;
class CaseTab;
class EvaluationTab;
class Workspace;

// The tabs beside a case file's fields: photo and documents, history of changes, the medical or
// social notes the user's role may read, and (administrators) who opened the file. Each tab is
// offered only to the roles that may use it (the core checks again on every call) and reads its
// data only when it is shown.
class CaseSidePanels : public QObject
{
    Q_OBJECT

public:
    CaseSidePanels(Workspace &workspace, QTabWidget *tabs, QObject *parent = nullptr);

    void setActor(const Actor &actor);
    void setCase(const QString &caseId);
    // The tabs' titles; each tab translates its own content.
    void retranslate();

private:
    QList<CaseTab *> allTabs() const;
    QList<CaseTab *> tabsForActor() const;
    QString titleOf(QWidget *page) const;
    void updateTabs();

    QTabWidget *m_tabs;
    Actor m_actor;
    QString m_caseId;
    CaseDocumentsTab *m_documents = nullptr;
    CaseHistoryTab *m_history = nullptr;
    CaseNotesTab *m_medical = nullptr;
    CaseNotesTab *m_social = nullptr;
    CaseAccessTab *m_access = nullptr;
    EvaluationTab *m_evaluation = nullptr;
};

} // namespace jisr
