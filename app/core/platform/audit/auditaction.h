#pragma once

#include <QString>

namespace jisr {

// What an audit entry records. The codes (auditActionCode) are stored and exported: stable,
// never translated.
enum class AuditAction {
    Login,
    Logout,
    LoginFailed,
    Lock,
    Unlock,
    CaseViewed,
    CaseCreated,
    CaseChanged,
    CasePrinted,
    CaseExported,
    CasesImported,
    DocumentAdded,
    PhotoChanged,
    NoteRead,
    NoteWritten,
    PermissionDenied,
    EmergencyAccess,
    UserCreated,
    UserChanged,
    PasswordReset,
    PasswordChanged,
    SettingsChanged,
    AuditExported,
    AppointmentBooked,
    AppointmentChanged,
    SchedulingChanged,
    EvaluationOpened,
    EvaluationMedicalWritten,
    EvaluationSocialWritten,
    EvaluationSubmitted,
    EvaluationDecided,
    CardIssued,
    CardPrinted,
    CardReprinted,
    CardDelivered,
    CardVoided,
    CardRevoked,
    SigningKeyCreated,
    CardMinistryNumber,
};

QString auditActionCode(AuditAction action);

} // namespace jisr
