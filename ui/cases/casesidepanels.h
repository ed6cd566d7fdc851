#pragma once

#include "cases/casenote.h"
#include "platform/access/accesscontrol.h"

#include <QObject>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStandardItemModel;
class QTabWidget;
class QTableView;
class QWidget;

namespace jisr {

class Workspace;

// The tabs beside a case file's fields: photo and documents, history of changes, the medical or
// social notes the user's role may read, and (administrators) who opened the file. Each tab is
// shown only to the roles that may use it; the core checks again on every call.
class CaseSidePanels : public QObject
{
    Q_OBJECT

public:
    CaseSidePanels(Workspace &workspace, QTabWidget *tabs, QObject *parent = nullptr);

    void setActor(const Actor &actor);
    void setCase(const QString &caseId);
    void retranslate();

signals:
    void openCaseRequested(const QString &caseId);

private:
    struct NotesTab
    {
        QWidget *page = nullptr;
        QStandardItemModel *model = nullptr;
        QComboBox *category = nullptr;
        QPlainTextEdit *text = nullptr;
        QPushButton *add = nullptr;
        QPushButton *emergency = nullptr;
        QLabel *hint = nullptr;
        QLabel *notice = nullptr; // emergency accesses to these notes, shown to the centre
    };
    QWidget *buildDocuments();
    QWidget *buildHistory();
    QWidget *buildNotes(CaseNote::Kind kind, NotesTab &tab);
    QWidget *buildAccess();
    void refresh();
    void refreshDocuments();
    void refreshNotes(CaseNote::Kind kind, NotesTab &tab);
    void choosePhoto();
    void addDocument();
    void addNote(CaseNote::Kind kind, NotesTab &tab);
    void requestEmergency();
    void refreshEmergencyNotice();
    void updateVisibility();

    Workspace &m_ws;
    QTabWidget *m_tabs;
    Actor m_actor;
    Actor m_emergencyActor;
    QString m_caseId;

    QWidget *m_documentsPage = nullptr;
    QLabel *m_photo = nullptr;
    QPushButton *m_choosePhoto = nullptr;
    QPushButton *m_addDocument = nullptr;
    QStandardItemModel *m_documents = nullptr;
    QWidget *m_historyPage = nullptr;
    QStandardItemModel *m_history = nullptr;
    NotesTab m_medical;
    NotesTab m_social;
    QWidget *m_accessPage = nullptr;
    QStandardItemModel *m_access = nullptr;
};

} // namespace jisr
