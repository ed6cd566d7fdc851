#pragma once

#include "cases/casenote.h"
#include "cases/casetab.h"
#include "platform/audit/auditlog.h"

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStandardItemModel;
class QVBoxLayout;

namespace jisr {

// The medical or the social notes of a case file, for the role they are meant for, and a field
// to add one for the roles that write them. Reading the notes is audited by the core, so they
// are read when the tab is shown, once per showing, never because the file was opened.
// Medical notes also offer an administrator the emergency access (a typed reason, audited,
// for this file only) and show the centre every emergency access to them.
class CaseNotesTab : public CaseTab
{
    Q_OBJECT

public:
    CaseNotesTab(Workspace &workspace, CaseNote::Kind kind, QWidget *parent = nullptr);

protected:
    void load() override;
    void clear() override;
    void subjectChanged() override;
    void changeEvent(QEvent *event) override;

private:
    void buildEmergency(QVBoxLayout *layout);
    QLayout *buildWriter();
    void retranslate();
    void fill();
    void addNote();
    void requestEmergency();
    bool isMedical() const { return m_kind == CaseNote::Kind::Medical; }

    CaseNote::Kind m_kind;
    // The user with an emergency access to this file's medical notes, once granted.
    Actor m_emergencyActor;
    QList<CaseNote> m_notes;
    QList<AuditEntry> m_emergencies;
    QStandardItemModel *m_model = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_notice = nullptr;         // medical only
    QPushButton *m_emergency = nullptr; // medical only
    QComboBox *m_category = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QPushButton *m_add = nullptr;
};

} // namespace jisr
