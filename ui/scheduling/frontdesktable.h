#pragma once

#include <QTableView>

namespace jisr {

// One list of the front desk, for the keyboard: Enter asks for the list's action on the
// current row, letters typed go to the page's filter (the focus stays in the list, so the
// arrows and Enter go on working), and the current row survives the reloads that follow every
// change: the same appointment if it is still listed, else the row that took its place.
class FrontDeskTable : public QTableView
{
    Q_OBJECT

public:
    explicit FrontDeskTable(QAbstractItemModel *model, QWidget *parent = nullptr);

    QString currentAppointmentId() const;
    QString currentCaseId() const;

signals:
    void entered(const QString &appointmentId);
    void typed(const QString &text);
    void erased();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;

private:
    void remember();
    void restore();

    QString m_lastId;
    int m_lastRow = 0;
};

} // namespace jisr
