#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace wp {

/// What a user is; roles limit what each user may do (see Permission).
enum class Role { Nurse, Doctor, TheatreManager, Administrator, Laboratory };

/// Actions that need a role. Checked by the core services, not by the GUI alone,
/// so the CLI is held to the same rules.
enum class Permission {
    ManageUsers,
    ConfigureSite,
    EditPatients,
    RecordCare,
    Prescribe,
    SetNews2Scale2,
    ManageTheatres,
    ImportData,
    ExportData,
    Backup,
    Restore,
    Print,
    /// Ordering laboratory tests and imaging (doctors; nurses for what the catalogue marks
    /// "nurse protocol", checked by the order service).
    OrderTests,
    /// Marking specimens collected or received and entering results (a nurse transcribes a
    /// phoned result; the laboratory enters its own).
    RecordResults,
    /// Acknowledging an alert (a critical result: doctors; a NEWS2 escalation: nurses too,
    /// checked by the alert service).
    AcknowledgeAlerts,
};

class Roles
{
    Q_DECLARE_TR_FUNCTIONS(Roles)

public:
    /// Stable code stored in the database: nurse, doctor, theatre_manager, administrator, laboratory.
    static QString code(Role role);
    static std::optional<Role> fromCode(const QString& code);
    static QString label(Role role);
    static QList<Role> all();

    static bool allows(Role role, Permission permission);
    /// "managing users", "prescribing"… for messages that say what was refused.
    static QString describe(Permission permission);
};

} // namespace wp
