#pragma once

#include "cases/casefile.h"
#include "platform/access/accesscontrol.h"
#include "platform/errors/validationissue.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTimer;

namespace jisr {

class CaseSidePanels;
class Workspace;

// Registers and edits one case file: sections for identity, identifiers, contact, guardian and
// disability; validation messages next to the fields while typing (the core's own checks,
// duplicates included); a guard against losing unsaved changes; and tabs for the photo and
// documents, the history, the notes the user's role may read and who opened the file.
class CaseFormWidget : public QWidget
{
    Q_OBJECT

public:
    explicit CaseFormWidget(Workspace &workspace, QWidget *parent = nullptr);

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
    // Empties every field (the screen is locked or another user takes over).
    void clearAll();

signals:
    void saved(const QString &caseId);
    void openCaseRequested(const QString &caseId);
    void closeRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildCaseTab();
    QLineEdit *addLine(QGridLayout *grid, int row, int col, const QString &field,
                       bool leftToRight = false);
    QComboBox *addCombo(QGridLayout *grid, int row, int col, const QString &field,
                        const QStringList &codes, bool withEmpty = false);
    QWidget *section(const QString &key, QGridLayout *&grid);
    void retranslate();
    void fillCombos();
    void load(const CaseFile &c);
    void scheduleCheck();
    void runCheck();
    void showIssues(const ValidationIssues &issues);
    void updateTitle();

    Workspace &m_ws;
    Actor m_actor;
    CaseFile m_original;
    bool m_loading = false;
    bool m_duplicatesConfirmed = false;

    QLabel *m_title = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_banner = nullptr;
    QPushButton *m_openExisting = nullptr;
    QCheckBox *m_confirmDifferent = nullptr;
    QString m_relatedCaseId;
    QPushButton *m_save = nullptr;
    QPushButton *m_close = nullptr;
    QTimer *m_checkTimer = nullptr;
    CaseSidePanels *m_panels = nullptr;

    QHash<QString, QLineEdit *> m_lines;
    QHash<QString, QComboBox *> m_combos;
    QHash<QString, QLabel *> m_labels;   // field -> caption
    QHash<QString, QLabel *> m_messages; // field -> inline message
    QHash<QString, QLabel *> m_sections; // section key -> title
    QHash<QString, QCheckBox *> m_disability;
    QCheckBox *m_yearOnly = nullptr;
};

} // namespace jisr
