#pragma once

#include <QString>

namespace jisr {

// How the centre presents itself: on the login screen, the status bar, the window title and
// every printed slip and card. Its province and dossier series are not here: they are fixed at
// set-up because dossier numbers are built from them.
struct CentreIdentity
{
    QString name;   // in French, required
    QString nameAr; // in Arabic; empty: the French name is shown in Arabic too
    QString address;
    QString phone;

    bool operator==(const CentreIdentity &) const = default;
};

} // namespace jisr
