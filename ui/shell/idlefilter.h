#pragma once

#include <QObject>

class QTimer;

namespace jisr {

// Watches the whole application for a key, a click or the wheel, and says when nobody has
// touched the workstation for the delay: the window then locks. It only counts between start()
// and stop(), so that a locked screen stays locked.
class IdleFilter : public QObject
{
    Q_OBJECT

public:
    explicit IdleFilter(QObject *parent = nullptr);
    ~IdleFilter() override;

    void setDelayMinutes(int minutes);
    // Counts the delay again from now.
    void start();
    void stop();

signals:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer *m_timer = nullptr;
    bool m_counting = false;
};

} // namespace jisr
