#pragma once

#include "platform/access/accesscontrol.h"
#include "scheduling/schedulegrid.h"
#include "scheduling/schedulingtypes.h"

#include <QAbstractTableModel>
#include <QDate>

namespace jisr {

class Workspace;

// One practitioner's week: a column per day from Monday to Sunday, a row per quarter of an hour
// from 08:00 to 18:00, with the day model's roles. Reloads whenever appointments change. The
// view mirrors itself in Arabic; the model knows nothing of it.
class WeekScheduleModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit WeekScheduleModel(Workspace &ws, QObject *parent = nullptr);

    // The week (Monday to Sunday) holding `day`. A doctor or a social worker sees their own
    // week only (the core refuses another's: an empty week).
    void show(const Actor &actor, const QString &practitionerId, const QDate &day);
    QDate monday() const { return m_monday; }
    QString practitionerId() const { return m_practitionerId; }
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void reload();

    Workspace &m_ws;
    Actor m_actor;
    QString m_practitionerId;
    QDate m_monday;
    ScheduleGrid m_grid;
};

} // namespace jisr
