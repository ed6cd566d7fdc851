#include "scheduling/frontdeskservice.h"

#include "cases/casefilerepository.h"
#include "platform/db/database.h"
#include "platform/db/sqlquery.h"
#include "platform/platformservices.h"
#include "scheduling/appointmentservice.h"

#include <QHash>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace jisr {

FrontDeskService::FrontDeskService(PlatformServices &platform, AppointmentService &appointments)
    : m_platform(platform), m_appointments(appointments)
{
}

QList<FrontDeskEntry> FrontDeskService::day(const Actor &actor, const QDate &date) const
{
    // Checks what the actor may see (and audits a refusal) before any name is read.
    const QList<Appointment> appointments = m_appointments.day(actor, date);
    QHash<QString, CaseSummary> people;
    if (!appointments.isEmpty()) {
        QSqlQuery q = execQuery(m_platform.database.connection(),
                                u"SELECT "_s + CaseFileRepository::summaryColumns() +
                                    u" FROM case_files WHERE id IN (SELECT case_id FROM "
                                    "appointments WHERE day = ? AND deleted = 0)"_s,
                                {date.toString(Qt::ISODate)});
        while (q.next()) {
            const CaseSummary s = CaseFileRepository::summaryFrom(q);
            people.insert(s.id, s);
        }
    }
    QList<FrontDeskEntry> out;
    out.reserve(appointments.size());
    for (const Appointment &a : appointments) {
        const CaseSummary s = people.value(a.caseId);
        out << FrontDeskEntry{a, s.nameAr, s.nameLat};
    }
    return out;
}

} // namespace jisr
