#pragma once

#include "platform/access/accesscontrol.h"

#include <QObject>

class QAction;
class QWidget;

namespace jisr {

class Workspace;

// Import and export of case files as CSV, from the File menu, for the roles that may: an
// import is checked before anything is written (CaseImportDialog); an export writes every file
// the user may read.
class CaseCsvActions : public QObject
{
    Q_OBJECT

public:
    CaseCsvActions(Workspace &workspace, QWidget *window);

    QAction *importAction() const { return m_import; }
    QAction *exportAction() const { return m_export; }
    void setActor(const Actor &actor);
    void retranslate();
    // The import dialog on a file already chosen.
    void importFrom(const QString &path);

signals:
    void casesImported();
    void statusMessage(const QString &text, int timeoutMs);

private:
    void importCases();
    void exportCases();

    Workspace &m_ws;
    QWidget *m_window;
    Actor m_actor;
    QAction *m_import = nullptr;
    QAction *m_export = nullptr;
};

} // namespace jisr
