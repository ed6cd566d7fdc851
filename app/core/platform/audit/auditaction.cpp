#include "platform/audit/auditaction.h"

using namespace Qt::StringLiterals;

namespace jisr {

QString auditActionCode(AuditAction action)
{
    switch (action) {
    case AuditAction::Login:
        return u"login"_s;
    case AuditAction::Logout:
        return u"logout"_s;
    case AuditAction::LoginFailed:
        return u"login_failed"_s;
    case AuditAction::Lock:
        return u"lock"_s;
    case AuditAction::Unlock:
        return u"unlock"_s;
    case AuditAction::CaseViewed:
        return u"case_viewed"_s;
    case AuditAction::CaseCreated:
        return u"case_created"_s;
    case AuditAction::CaseChanged:
        return u"case_changed"_s;
    case AuditAction::CasePrinted:
        return u"case_printed"_s;
    case AuditAction::CaseExported:
        return u"case_exported"_s;
    case AuditAction::CasesImported:
        return u"cases_imported"_s;
    case AuditAction::DocumentAdded:
        return u"document_added"_s;
    case AuditAction::PhotoChanged:
        return u"photo_changed"_s;
    case AuditAction::NoteRead:
        return u"note_read"_s;
    case AuditAction::NoteWritten:
        return u"note_written"_s;
    case AuditAction::PermissionDenied:
        return u"permission_denied"_s;
    case AuditAction::EmergencyAccess:
        return u"emergency_access"_s;
    case AuditAction::UserCreated:
        return u"user_created"_s;
    case AuditAction::UserChanged:
        return u"user_changed"_s;
    case AuditAction::PasswordReset:
        return u"password_reset"_s;
    case AuditAction::PasswordChanged:
        return u"password_changed"_s;
    case AuditAction::SettingsChanged:
        return u"settings_changed"_s;
    case AuditAction::AuditExported:
        return u"audit_exported"_s;
    case AuditAction::AppointmentBooked:
        return u"appointment_booked"_s;
    case AuditAction::AppointmentChanged:
        return u"appointment_changed"_s;
    case AuditAction::SchedulingChanged:
        return u"scheduling_changed"_s;
    case AuditAction::EvaluationOpened:
        return u"evaluation_opened"_s;
    case AuditAction::EvaluationMedicalWritten:
        return u"evaluation_medical_written"_s;
    case AuditAction::EvaluationSocialWritten:
        return u"evaluation_social_written"_s;
    case AuditAction::EvaluationSubmitted:
        return u"evaluation_submitted"_s;
    case AuditAction::EvaluationDecided:
        return u"evaluation_decided"_s;
    case AuditAction::CardIssued:
        return u"card_issued"_s;
    case AuditAction::CardPrinted:
        return u"card_printed"_s;
    case AuditAction::CardReprinted:
        return u"card_reprinted"_s;
    case AuditAction::CardDelivered:
        return u"card_delivered"_s;
    case AuditAction::CardVoided:
        return u"card_voided"_s;
    case AuditAction::CardRevoked:
        return u"card_revoked"_s;
    case AuditAction::SigningKeyCreated:
        return u"signing_key_created"_s;
    case AuditAction::CardMinistryNumber:
        return u"card_ministry_number"_s;
    }
    return {};
}

} // namespace jisr
