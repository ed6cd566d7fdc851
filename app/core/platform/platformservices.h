#pragma once

namespace jisr {

class AuditLog;
class Clock;
class Database;
class HybridLogicalClock;
class WorkstationSettings;
class WritePath;

// What every domain service stands on, handed to each service's constructor the same way: the
// database, the workstation's identity and settings, the clock, the audit log and the one
// write path. Owned by whoever assembles the program (Workspace on a workstation, the server's
// own assembly for jisr-server).
struct PlatformServices
{
    Database &database;
    WorkstationSettings &settings;
    Clock &clock;
    HybridLogicalClock &hlc;
    AuditLog &audit;
    WritePath &writes;
};

} // namespace jisr
