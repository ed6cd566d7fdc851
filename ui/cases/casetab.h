#pragma once

#include "platform/access/accesscontrol.h"

#include <QWidget>

class QDateTime;
class QStandardItem;
class QStandardItemModel;
class QTableView;

namespace jisr {

class CoreError;
class Workspace;

// A tab beside a case file's fields. It reads its part of the file only while it is shown:
// each time it comes to the front, and when its data changes in front of the user. A tab that
// is not looked at reads nothing, so that the audit log records only what was really seen.
class CaseTab : public QWidget
{
    Q_OBJECT

public:
    explicit CaseTab(Workspace &workspace, QWidget *parent = nullptr);

    void setActor(const Actor &actor);
    void setCase(const QString &caseId);

protected:
    // Reads the file's data and shows it. Called only while shown, with a file and a user.
    virtual void load() = 0;
    // Shows nothing of any file.
    virtual void clear() = 0;
    // The user or the file changed; nothing is shown at this point.
    virtual void subjectChanged() {}

    // Shows nothing, then reads again if the tab is in front of the user.
    void reload();
    // Says why the tab could not be read, once the tab is on screen.
    void showError(const CoreError &error);
    void showEvent(QShowEvent *event) override;

    static QTableView *newTable(QStandardItemModel *model, const QString &objectName);
    static QList<QStandardItem *> row(const QStringList &cells);
    // A date and time in both languages: day first, and left to right inside Arabic.
    static QString when(const QDateTime &t);

    Workspace &m_ws;
    Actor m_actor;
    QString m_caseId;
};

} // namespace jisr
