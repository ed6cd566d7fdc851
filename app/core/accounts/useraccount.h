#pragma once

#include "platform/access/accesscontrol.h"

#include <QList>
#include <QString>

namespace jisr {

// A person who logs in at the centre. The password hash never leaves UserService.
struct UserAccount
{
    QString id;
    QString login;
    QString nameFr;
    QString nameAr;
    QList<Role> roles;
    bool active = true;
    QString language = QStringLiteral("fr");
    bool mustChangePassword = false;

    Actor toActor() const;
};

} // namespace jisr
