#include "uiworkspace.h"

#include "cases/casefileservice.h"
#include "platform/settings/workstationsettings.h"

#include <QApplication>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <memory>

using namespace Qt::StringLiterals;

using namespace jisr;

UiWorkspace::UiWorkspace()
{
    ws().settings().initialize(u"MA-RAB"_s, u"Centre médico-social de Rabat"_s, u"T01"_s);
    ws().settings().setValue(u"centre_name_ar"_s, u"المركز الطبي الاجتماعي بالرباط"_s);
    admin = loginAs(Role::Administrator);
    reception = loginAs(Role::Reception);
    doctor = loginAs(Role::Doctor);
    social = loginAs(Role::SocialWorker);
}

CaseFile UiWorkspace::addCase(const QString &familyAr, const QString &givenAr,
                              const QString &familyLat, const QString &givenLat)
{
    CaseFile c = sampleCase(familyAr, givenAr, familyLat, givenLat);
    c.birthDate = QDate(1985, 3, 12);
    c.phone = u"0661000000"_s;
    return ws().cases().create(reception, c, true);
}

void whenModalShows(const std::function<void(QWidget *)> &answer)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(20);
    auto ticks = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, answer, ticks] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal)
            return;
        // Answers once the dialog has the keyboard focus, as a person would type into it: on a
        // loaded machine the dialog shows before its focus is set, and keys sent then are lost
        // and leave it open for ever. A dialog without a focusable widget is answered after 2 s.
        QWidget *focus = QApplication::focusWidget();
        if ((!focus || !modal->isAncestorOf(focus)) && ++*ticks < 100)
            return;
        timer->stop();
        timer->deleteLater();
        answer(modal);
    });
    timer->start();
}

void typeText(QWidget *widget, const QString &text)
{
    for (QChar ch : text) {
        if (ch.unicode() < 0x80)
            QTest::keyClick(widget, char(ch.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
    }
}

bool showTabHolding(QWidget *root, const QString &objectName)
{
    auto *inside = root->findChild<QWidget *>(objectName);
    if (!inside)
        return false;
    for (QTabWidget *tabs : root->findChildren<QTabWidget *>())
        for (int i = 0; i < tabs->count(); ++i)
            if (tabs->widget(i) == inside || tabs->widget(i)->isAncestorOf(inside))
                tabs->setCurrentIndex(i);
    return inside->isVisible();
}
