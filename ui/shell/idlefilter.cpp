#include "shell/idlefilter.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace jisr {

IdleFilter::IdleFilter(QObject *parent) : QObject(parent)
{
    m_timer = new QTimer(this);
    m_timer->setObjectName(u"idleTimer"_s);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &IdleFilter::idle);
    QCoreApplication::instance()->installEventFilter(this);
}

IdleFilter::~IdleFilter()
{
    QCoreApplication::instance()->removeEventFilter(this);
}

void IdleFilter::setDelayMinutes(int minutes)
{
    m_timer->setInterval(minutes * 60 * 1000);
}

void IdleFilter::start()
{
    m_counting = true;
    m_timer->start();
}

void IdleFilter::stop()
{
    m_counting = false;
    m_timer->stop();
}

bool IdleFilter::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type t = event->type();
    if (m_counting &&
        (t == QEvent::KeyPress || t == QEvent::MouseButtonPress || t == QEvent::Wheel))
        m_timer->start();
    return QObject::eventFilter(watched, event);
}

} // namespace jisr
