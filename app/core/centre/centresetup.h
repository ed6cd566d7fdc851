#pragma once

#include "accounts/useraccount.h"

#include <QCoreApplication>
#include <QString>

namespace jisr {

class Workspace;

// What the first-run wizard and `jisrctl init` ask for.
struct NewCentre
{
    QString provinceCode; // ISO 3166-2:MA, e.g. MA-RAB
    QString name;
    QString address;
    QString phone;
    QString series; // dossier-number series; empty: drawn at random (kept when set up again)
    // Required when the centre has no account yet; its login empty otherwise.
    UserAccount administrator;
    // A database for demonstrations and training, the only kind that takes demo people without
    // a confirmation (DemoDataLoader); only a new database can be one.
    bool demo = false;
    // The centre's name in Arabic, shown by the Arabic interface; empty: kept as it was (the
    // French name is shown until there is one).
    QString nameAr;
};

// Sets up the centre of a workstation's database: its settings and its first administrator,
// checked by the same rules and written in one transaction, together or not at all, for the
// desktop's first-run wizard and for `jisrctl init` alike. Run again on a set-up database, it
// updates the centre's name, address and phone (never its province).
class CentreSetup
{
    Q_DECLARE_TR_FUNCTIONS(CentreSetup)

public:
    explicit CentreSetup(Workspace &workspace);

    // Whether the centre still lacks its first administrator (the first run).
    bool needsAdministrator() const;
    // What can be checked before the password is asked for. Throws CoreError(Validation).
    void validate(const NewCentre &centre) const;
    // The part of validate() that needs no database: checked before one is created.
    static void validateCentre(const NewCentre &centre);
    // Validates, then writes. Throws CoreError (Validation, or Storage); nothing is written then.
    void run(const NewCentre &centre, const QString &administratorPassword);

    // The centre as it is written: codes in upper case, one-line texts cleaned.
    static NewCentre normalized(NewCentre centre);

private:
    Workspace &m_ws;
};

} // namespace jisr
