#pragma once

#include "cases/casecsvimporter.h"
#include "platform/access/accesscontrol.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace jisr {

class Workspace;

// Importing case files from a spreadsheet, for administrators: the file is checked first (a dry
// run) and every problem listed with its line and column; "Import" is offered only when every
// row is valid, and then writes them all in one transaction. The encoding is detected and can
// be chosen when the detection is wrong (Arabic read as garbage).
class CaseImportDialog : public QDialog
{
    Q_OBJECT

public:
    CaseImportDialog(Workspace &workspace, const Actor &actor, const QString &path,
                     QWidget *parent = nullptr);

    const ImportReport &report() const { return m_report; }
    bool imported() const { return m_imported; }
    QPushButton *importButton() const { return m_import; }
    QComboBox *encodingBox() const { return m_encoding; }
    QStandardItemModel *problems() const { return m_problems; }
    QString summary() const;

signals:
    void casesImported(int count);

private:
    ImportReport run(bool dryRun);
    void check();
    void import();
    void display(const ImportReport &report);
    void addProblems(const QList<ImportProblem> &problems, const QString &kind);

    Workspace &m_ws;
    Actor m_actor;
    QString m_path;
    ImportReport m_report;
    bool m_imported = false;
    QLabel *m_summary = nullptr;
    QComboBox *m_encoding = nullptr;
    QStandardItemModel *m_problems = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_import = nullptr;
};

} // namespace jisr
