#pragma once

#include "platform/access/accesscontrol.h"

#include <QDate>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QTimer;

namespace jisr {

class FrontDeskFilterModel;
class FrontDeskModel;
class FrontDeskTable;
class Workspace;

// The front desk "today", where reception spends the day (F3): the expected arrivals in time
// order, Enter checks the current one in; the waiting room with each person's waiting time,
// longest first, refreshed from the Clock; in consultation; done; who did not come or cancelled.
// F4 queues a walk-in, Delete cancels with a reason, F8 records a no-show once the day is over,
// Ctrl+Z (administrators) undoes one, Ctrl+O opens the person's file, Ctrl+PgUp/PgDn change the
// day. Letters typed in any list filter every list by name or dossier number; Esc clears.
// Doctors and social workers see their own day and mark their consultations (Enter in the
// waiting room starts, Enter in consultation finishes). The core enforces every permission;
// the page only shows what the user may do.
class FrontDeskPage : public QWidget
{
    Q_OBJECT

public:
    explicit FrontDeskPage(Workspace &ws, QWidget *parent = nullptr);

    void setActor(const Actor &actor);
    // Back to today, the expected arrivals in front, the filter empty.
    void showToday();
    void showDay(const QDate &day);
    // Hides every person (the screen is locked).
    void clear();
    void focusArrivals();
    // How often waiting times follow the clock (15 s; tests make it shorter).
    void setTickInterval(int msec);

    FrontDeskModel *model() const { return m_model; }
    FrontDeskFilterModel *list(int which) const;
    enum List { Expected, Waiting, Consulting, Finished, Missed, ListCount };

signals:
    void openCaseRequested(const QString &caseId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildLists();
    void buildActions();
    QWidget *buildHeader();
    void retranslate();
    void applyPermissions();
    void tick();
    void updateCounts();
    void setFilter(const QString &text);
    FrontDeskTable *activeTable() const;
    void say(const QString &text, bool error = false);
    // Runs one change of the core; its refusal is said on the page.
    bool attempt(const std::function<void()> &change);
    void enter(int list, const QString &appointmentId);
    void checkIn(const QString &id);
    void startConsultation(const QString &id);
    void finishConsultation(const QString &id);
    void walkIn();
    void cancelCurrent();
    void markNoShow();
    void undoNoShow();

    Workspace &m_ws;
    Actor m_actor;
    FrontDeskModel *m_model;
    QTimer *m_tick;
    bool m_followsToday = true;
    QLabel *m_title = nullptr;
    QLabel *m_longest = nullptr;
    QLabel *m_filterLabel = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_keys = nullptr;
    QLabel *m_message = nullptr;
    FrontDeskFilterModel *m_proxies[ListCount] = {};
    FrontDeskTable *m_tables[ListCount] = {};
    QLabel *m_titles[ListCount] = {};
    QAction *m_walkIn = nullptr;
    QAction *m_cancel = nullptr;
    QAction *m_noShow = nullptr;
    QAction *m_undoNoShow = nullptr;
    QAction *m_openFile = nullptr;
    QAction *m_previousDay = nullptr;
    QAction *m_nextDay = nullptr;
};

} // namespace jisr
