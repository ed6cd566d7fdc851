#pragma once

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>

namespace jisr {

enum class Role { Reception, Doctor, SocialWorker, Administrator };

// One capability per action a core service performs. Services check these against the acting
// user before every read and write; the UI only mirrors them.
enum class Capability {
    ReadIdentity,
    EditIdentity,
    ReadMedicalNotes,
    WriteMedicalNotes,
    ReadSocialNotes,
    WriteSocialNotes,
    ManageDocuments,
    BookAppointments,
    CheckIn,
    ApproveCards,
    PrintCards,
    ManageUsers,
    ManageSettings,
    ExportData,
    ImportData,
    ViewAudit,
    EmergencyMedicalAccess,
    // Synthetic people for demonstrations and training: into a real centre's database they would
    // be mistaken for beneficiaries, so administrators only (and see DemoDataLoader).
    LoadDemoData,
    // Appointments: every practitioner's day (reception, administrators); others see their own.
    ViewSchedules,
    // Marking one's consultation started and done (doctors, social workers).
    MarkConsultations,
    // Practitioners, rooms, working hours, absences, closing days, services; undoing a no-show.
    ManageScheduling,
    // The path to a disability card (issue 13): an application and its checklist (reception,
    // social workers), the medical part (doctors), the social part (social workers), the
    // committee's decision (administrators). ApproveCards issues and voids a card, PrintCards
    // prints it.
    OpenEvaluations,
    EvaluateMedical,
    EvaluateSocial,
    DecideEvaluations,
};

QString roleCode(Role role); // "reception", "doctor", "social_worker", "administrator"
std::optional<Role> roleFromCode(const QString &code);
QString capabilityCode(Capability cap); // "read_identity", ...
QList<Role> allRoles();
QList<Capability> allCapabilities();

// The role -> capabilities table (DESIGN.md, issue 4). Pure data, tested as a whole matrix.
QSet<Capability> capabilitiesOf(Role role);

// Who is acting: a logged-in user, or a named system actor for jisrctl maintenance commands.
struct Actor
{
    QString userId;
    QString login;
    QList<Role> roles;
    QString nameFr;
    QString nameAr;
    QString language; // "ar" or "fr": the user's preferred interface language
    // Set by CaseNoteService::beginEmergencyAccess: an audited, typed-reason access to the
    // medical notes of this one case file, for a user whose role does not allow it.
    QString emergencyCaseId;
    // Logged in with a password an administrator set: no capability at all until the user has
    // chosen their own (UserService::changeOwnPassword), whatever the front end does.
    bool passwordChangeRequired = false;

    bool can(Capability cap) const;
    bool isValid() const { return !userId.isEmpty(); }
    QString displayName(const QString &language) const;
};

} // namespace jisr
