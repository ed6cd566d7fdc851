#pragma once

#include <QString>
#include <memory>

namespace jisr {

class AppointmentService;
class AuditLog;
class AuditService;
class AuthService;
class CardService;
class CaseNoteService;
class Clock;
class UserService;
class SettingsService;
class SchedulingSetupService;
class CaseFileService;
class CaseMediaService;
class Database;
class EvaluationService;
class HybridLogicalClock;
class WorkstationSettings;
class WritePath;
struct PlatformServices;

// Everything a program needs to work on one workstation's data folder: the platform (database
// opened and migrated, settings, clocks, audit log, the one write path) and the domain services
// on top of it. jisr, jisrctl, the tests and the benchmarks all start from here, so they
// exercise the same wiring.
class Workspace
{
public:
    // Throws CoreError (folder not writable, newer database...). On the machine's clock, or on
    // one the caller sets (tests pass a ManualClock).
    explicit Workspace(const QString &dataDir);
    Workspace(const QString &dataDir, std::unique_ptr<Clock> clock);
    ~Workspace();

    QString dataDir() const { return m_dataDir; }
    Database &database() { return *m_db; }
    WorkstationSettings &settings() { return *m_settings; }
    Clock &clock() { return *m_clock; }
    HybridLogicalClock &hlc() { return *m_hlc; }
    AuditLog &audit() { return *m_audit; }
    WritePath &writes() { return *m_writes; }
    PlatformServices &platform() { return *m_platform; }
    CaseFileService &cases() { return *m_cases; }
    CaseMediaService &media() { return *m_media; }
    CaseNoteService &notes() { return *m_notes; }
    UserService &users() { return *m_users; }
    AuthService &auth() { return *m_auth; }
    AuditService &auditQueries() { return *m_auditQueries; }
    SettingsService &centreSettings() { return *m_centreSettings; }
    SchedulingSetupService &scheduling() { return *m_scheduling; }
    AppointmentService &appointments() { return *m_appointments; }
    EvaluationService &evaluations() { return *m_evaluations; }
    CardService &cards() { return *m_cards; }

private:
    void openPlatform(std::unique_ptr<Clock> clock);
    void openDomains();

    QString m_dataDir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<WorkstationSettings> m_settings;
    std::unique_ptr<Clock> m_clock;
    std::unique_ptr<HybridLogicalClock> m_hlc;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<WritePath> m_writes;
    std::unique_ptr<PlatformServices> m_platform;
    std::unique_ptr<CaseFileService> m_cases;
    std::unique_ptr<CaseMediaService> m_media;
    std::unique_ptr<CaseNoteService> m_notes;
    std::unique_ptr<UserService> m_users;
    std::unique_ptr<AuthService> m_auth;
    std::unique_ptr<AuditService> m_auditQueries;
    std::unique_ptr<SettingsService> m_centreSettings;
    std::unique_ptr<SchedulingSetupService> m_scheduling;
    std::unique_ptr<AppointmentService> m_appointments;
    std::unique_ptr<EvaluationService> m_evaluations;
    std::unique_ptr<CardService> m_cards;
};

} // namespace jisr
