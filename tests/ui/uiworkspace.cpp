#include "uiworkspace.h"

#include "accounts/authservice.h"
#include "accounts/passwordhasher.h"
#include "accounts/userservice.h"
#include "cases/casefileservice.h"
#include "platform/settings/workstationsettings.h"

#include <QApplication>
#include <QTabWidget>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

using namespace jisr;

const QString UiWorkspace::password = u"mot de passe de test"_s;

UiWorkspace::UiWorkspace()
{
    workspace = std::make_unique<Workspace>(dir.path());
    workspace->settings().initialize(u"MA-RAB"_s, u"Centre médico-social de Rabat"_s, u"T01"_s);
    UserAccount a;
    a.login = u"admin"_s;
    a.nameFr = u"Khadija Amrani"_s;
    a.nameAr = u"خديجة العمراني"_s;
    a.roles = {Role::Administrator};
    workspace->users().createFirstAdministrator(a, password);
    admin = workspace->auth().login(u"admin"_s, password).actor;
    const struct
    {
        const char16_t *login, *fr, *ar;
        Role role;
        Actor *actor;
    } people[] = {
        {u"accueil", u"Salma Bennani", u"سلمى بناني", Role::Reception, &reception},
        {u"medecin", u"Youssef Alaoui", u"يوسف العلوي", Role::Doctor, &doctor},
        {u"social", u"Nadia Tazi", u"نادية التازي", Role::SocialWorker, &social},
    };
    for (const auto &p : people) {
        UserAccount u;
        u.login = QString::fromUtf16(p.login);
        u.nameFr = QString::fromUtf16(p.fr);
        u.nameAr = QString::fromUtf16(p.ar);
        u.roles = {p.role};
        u = workspace->users().add(admin, u, password);
        workspace->users().storePasswordHash(admin, u.id, PasswordHasher::hash(password), false);
        *p.actor = workspace->auth().login(u.login, password).actor;
    }
}

UiWorkspace::~UiWorkspace() = default;

CaseFile UiWorkspace::addCase(const QString &familyAr, const QString &givenAr,
                              const QString &familyLat, const QString &givenLat)
{
    CaseFile c;
    c.familyNameAr = familyAr;
    c.givenNameAr = givenAr;
    c.familyNameLat = familyLat;
    c.givenNameLat = givenLat;
    c.sex = u"M"_s;
    c.birthDate = QDate(1985, 3, 12);
    c.provinceCode = u"MA-RAB"_s;
    c.phone = u"0661000000"_s;
    return workspace->cases().create(reception, c, true);
}

void whenModalShows(const std::function<void(QWidget *)> &answer)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, answer] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            timer->stop();
            timer->deleteLater();
            answer(modal);
        }
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
