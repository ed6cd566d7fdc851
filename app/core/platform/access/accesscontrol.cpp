#include "platform/access/accesscontrol.h"

#include <optional>

using namespace Qt::StringLiterals;

namespace jisr {

QString roleCode(Role role)
{
    switch (role) {
    case Role::Reception:
        return u"reception"_s;
    case Role::Doctor:
        return u"doctor"_s;
    case Role::SocialWorker:
        return u"social_worker"_s;
    case Role::Administrator:
        return u"administrator"_s;
    }
    return {};
}

std::optional<Role> roleFromCode(const QString &code)
{
    for (Role r : allRoles())
        if (roleCode(r) == code)
            return r;
    return std::nullopt;
}

QString capabilityCode(Capability cap)
{
    switch (cap) {
    case Capability::ReadIdentity:
        return u"read_identity"_s;
    case Capability::EditIdentity:
        return u"edit_identity"_s;
    case Capability::ReadMedicalNotes:
        return u"read_medical_notes"_s;
    case Capability::WriteMedicalNotes:
        return u"write_medical_notes"_s;
    case Capability::ReadSocialNotes:
        return u"read_social_notes"_s;
    case Capability::WriteSocialNotes:
        return u"write_social_notes"_s;
    case Capability::ManageDocuments:
        return u"manage_documents"_s;
    case Capability::BookAppointments:
        return u"book_appointments"_s;
    case Capability::CheckIn:
        return u"check_in"_s;
    case Capability::ApproveCards:
        return u"approve_cards"_s;
    case Capability::PrintCards:
        return u"print_cards"_s;
    case Capability::ManageUsers:
        return u"manage_users"_s;
    case Capability::ManageSettings:
        return u"manage_settings"_s;
    case Capability::ExportData:
        return u"export_data"_s;
    case Capability::ImportData:
        return u"import_data"_s;
    case Capability::ViewAudit:
        return u"view_audit"_s;
    case Capability::EmergencyMedicalAccess:
        return u"emergency_medical_access"_s;
    case Capability::LoadDemoData:
        return u"load_demo_data"_s;
    case Capability::ViewSchedules:
        return u"view_schedules"_s;
    case Capability::MarkConsultations:
        return u"mark_consultations"_s;
    case Capability::ManageScheduling:
        return u"manage_scheduling"_s;
    case Capability::OpenEvaluations:
        return u"open_evaluations"_s;
    case Capability::EvaluateMedical:
        return u"evaluate_medical"_s;
    case Capability::EvaluateSocial:
        return u"evaluate_social"_s;
    case Capability::DecideEvaluations:
        return u"decide_evaluations"_s;
    }
    return {};
}

QList<Role> allRoles()
{
    return {Role::Reception, Role::Doctor, Role::SocialWorker, Role::Administrator};
}

QList<Capability> allCapabilities()
{
    QList<Capability> caps;
    for (int c = int(Capability::ReadIdentity); c <= int(Capability::DecideEvaluations); ++c)
        caps.append(Capability(c));
    return caps;
}

QSet<Capability> capabilitiesOf(Role role)
{
    using C = Capability;
    switch (role) {
    case Role::Reception:
        return {C::ReadIdentity,     C::EditIdentity, C::ManageDocuments,
                C::BookAppointments, C::CheckIn,      C::ViewSchedules,
                C::OpenEvaluations};
    case Role::Doctor:
        return {C::ReadIdentity,      C::ReadMedicalNotes,  C::WriteMedicalNotes,
                C::BookAppointments,  C::MarkConsultations, C::EvaluateMedical};
    case Role::SocialWorker:
        return {C::ReadIdentity,     C::ReadSocialNotes,   C::WriteSocialNotes,
                C::BookAppointments, C::ManageDocuments,   C::MarkConsultations,
                C::OpenEvaluations,  C::EvaluateSocial};
    case Role::Administrator:
        return {C::ReadIdentity,     C::EditIdentity,      C::ManageDocuments,
                C::ApproveCards,     C::PrintCards,        C::ManageUsers,
                C::ManageSettings,   C::ExportData,        C::ImportData,
                C::ViewAudit,        C::EmergencyMedicalAccess, C::LoadDemoData,
                C::ViewSchedules,    C::ManageScheduling,  C::OpenEvaluations,
                C::DecideEvaluations};
    }
    return {};
}

bool Actor::can(Capability cap) const
{
    if (passwordChangeRequired)
        return false;
    for (Role r : roles)
        if (capabilitiesOf(r).contains(cap))
            return true;
    return false;
}

QString Actor::displayName(const QString &lang) const
{
    const QString preferred = lang == u"ar"_s ? nameAr : nameFr;
    if (!preferred.isEmpty())
        return preferred;
    return !nameFr.isEmpty() ? nameFr : (!nameAr.isEmpty() ? nameAr : login);
}

} // namespace jisr
