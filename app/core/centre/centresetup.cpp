#include "centre/centresetup.h"

#include "accounts/userservice.h"
#include "centre/referencedata.h"
#include "demo/demodataloader.h"
#include "platform/db/database.h"
#include "platform/db/sqltransaction.h"
#include "platform/errors/coreerror.h"
#include "platform/settings/workstationsettings.h"
#include "platform/text/textcleaner.h"
#include "workspace/workspace.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace jisr {

namespace {

constexpr int MaxTextLength = 200;

[[noreturn]] void refuse(const QString &message)
{
    throw CoreError(ErrorKind::Validation, message);
}

} // namespace

CentreSetup::CentreSetup(Workspace &workspace) : m_ws(workspace) {}

NewCentre CentreSetup::normalized(NewCentre centre)
{
    centre.provinceCode = TextCleaner::oneLine(centre.provinceCode).toUpper();
    centre.name = TextCleaner::oneLine(centre.name);
    centre.nameAr = TextCleaner::oneLine(centre.nameAr);
    centre.address = TextCleaner::oneLine(centre.address);
    centre.phone = TextCleaner::oneLine(centre.phone);
    centre.series = TextCleaner::oneLine(centre.series).toUpper();
    centre.administrator.login = TextCleaner::oneLine(centre.administrator.login);
    centre.administrator.nameFr = TextCleaner::oneLine(centre.administrator.nameFr);
    centre.administrator.nameAr = TextCleaner::oneLine(centre.administrator.nameAr);
    return centre;
}

bool CentreSetup::needsAdministrator() const
{
    return !m_ws.users().hasUsers();
}

void CentreSetup::validateCentre(const NewCentre &given)
{
    const NewCentre centre = normalized(given);
    if (!ReferenceData::instance().province(centre.provinceCode))
        refuse(tr("Unknown province code %1 (use an ISO 3166-2:MA code such as MA-RAB).")
                   .arg(centre.provinceCode));
    if (centre.name.isEmpty())
        refuse(tr("Enter the centre's name."));
    if (centre.name.size() > MaxTextLength || centre.nameAr.size() > MaxTextLength)
        refuse(tr("The centre name is too long."));
    if (centre.address.size() > MaxTextLength || centre.phone.size() > MaxTextLength)
        refuse(tr("The centre's address or phone is too long."));
    // Crockford's alphabet, as WorkstationSettings::randomSeries draws it.
    static const QRegularExpression seriesPattern(u"^[0-9A-HJKMNP-TV-Z]{2,4}$"_s);
    if (!centre.series.isEmpty() && !seriesPattern.match(centre.series).hasMatch())
        refuse(tr("A series is 2 to 4 letters or digits (no I, L, O or U)."));
}

void CentreSetup::validate(const NewCentre &given) const
{
    validateCentre(given);
    const NewCentre centre = normalized(given);
    const WorkstationSettings &settings = m_ws.settings();
    if (settings.isInitialized() && settings.provinceCode() != centre.provinceCode)
        refuse(tr("This data folder already belongs to a centre of another province."));
    if (centre.demo && !DemoDataLoader::isDemoDatabase(settings) &&
        (settings.isInitialized() || !needsAdministrator()))
        refuse(tr("This centre already exists: only a new database can be a demo one."));
    const bool withAdministrator = !centre.administrator.login.isEmpty();
    if (needsAdministrator() && !withAdministrator)
        refuse(tr("The first run also creates the centre's first administrator: enter their "
                  "login, name and password."));
    if (!needsAdministrator() && withAdministrator)
        refuse(tr("This centre already has accounts: an administrator adds new ones."));
}

void CentreSetup::run(const NewCentre &given, const QString &administratorPassword)
{
    validate(given);
    const NewCentre centre = normalized(given);
    WorkstationSettings &settings = m_ws.settings();
    SqlTransaction tx(m_ws.database());
    settings.initialize(centre.provinceCode, centre.name, centre.series);
    settings.setValue(u"centre_address"_s, centre.address);
    settings.setValue(u"centre_phone"_s, centre.phone);
    if (!centre.nameAr.isEmpty())
        settings.setValue(u"centre_name_ar"_s, centre.nameAr);
    if (centre.demo)
        DemoDataLoader::markAsDemoDatabase(settings);
    if (!centre.administrator.login.isEmpty()) {
        UserAccount admin = centre.administrator;
        admin.roles = {Role::Administrator};
        // Checks the login, the names and the password; a refusal rolls the centre back too.
        m_ws.users().createFirstAdministrator(admin, administratorPassword);
    }
    tx.commit();
}

} // namespace jisr
