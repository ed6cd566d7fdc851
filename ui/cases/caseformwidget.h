#pragma once

#include "cases/casefile.h"
#include "platform/access/accesscontrol.h"
#include "platform/errors/validationissue.h"

#include <QWidget>
#include <memory>

class QLabel;
class QPushButton;
class QTabWidget;
class QTimer;

namespace jisr {

class CaseFieldsPage;
class CaseFormMapper;
class CaseSidePanels;
class CaseValidationView;
class CoreError;
class ValidationError;
class Workspace;

// Registers and edits one case file: its fields (CaseFieldsPage), what the core's checks say
// about them while typing, duplicates included (CaseValidationView), a guard against losing
// unsaved changes, and tabs for the photo and documents, the history, the notes the user's role
// may read and who opened the file (CaseSidePanels). Ctrl+S saves, Esc asks to go back.
class CaseFormWidget : public QWidget
{
    Q_OBJECT

public:
    explicit CaseFormWidget(Workspace &workspace, QWidget *parent = nullptr);
    ~CaseFormWidget() override;

    void setActor(const Actor &actor);
    void newCase();
    // Opens a file (audited). Returns false and says why when it cannot.
    bool openCase(const QString &id);
    // Restores a draft left by the same user before a switch of user.
    void restoreDraft(const CaseFile &draft, const CaseFile &original);

    bool isDirty() const;
    bool isNew() const { return m_original.id.isEmpty(); }
    CaseFile draft() const;
    CaseFile original() const { return m_original; }
    QString caseId() const { return m_original.id; }
    // Asks Save / Discard / Cancel when there are unsaved changes; true when it is fine to leave.
    bool confirmLeave();
    bool save();
    // Scrolls the identity back to its top and puts the cursor in its first field.
    void focusFirstField();
    // Empties every field (the screen is locked or another user takes over).
    void clearAll();

signals:
    void saved(const QString &caseId);
    void openCaseRequested(const QString &caseId);
    void closeRequested();
    // Ctrl+B "Book an appointment" on a saved file, for the roles that book.
    void bookRequested(const QString &caseId, const QString &person);

protected:
    void changeEvent(QEvent *event) override;

private:
    QLayout *buildHeader();
    void retranslate();
    void load(const CaseFile &c);
    void discardChanges();
    void scheduleCheck();
    void runCheck();
    void updateTitle();
    void requestBooking();
    void showRefusal(const ValidationError &e);
    void showFailure(const CoreError &e);

    Workspace &m_ws;
    Actor m_actor;
    CaseFile m_original;
    bool m_loading = false;

    QLabel *m_title = nullptr;
    QLabel *m_readOnlyNotice = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_close = nullptr;
    QPushButton *m_book = nullptr;
    QTabWidget *m_tabs = nullptr;
    CaseFieldsPage *m_fields = nullptr;
    std::unique_ptr<CaseFormMapper> m_mapper;
    CaseValidationView *m_validation = nullptr;
    CaseSidePanels *m_panels = nullptr;
    QTimer *m_checkTimer = nullptr;
};

} // namespace jisr
