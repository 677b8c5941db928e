#include "Role.h"

namespace wp {

QString Roles::code(Role role)
{
    switch (role) {
    case Role::Nurse:
        return QStringLiteral("nurse");
    case Role::Doctor:
        return QStringLiteral("doctor");
    case Role::TheatreManager:
        return QStringLiteral("theatre_manager");
    case Role::Administrator:
        return QStringLiteral("administrator");
    case Role::Laboratory:
        return QStringLiteral("laboratory");
    }
    return {};
}

std::optional<Role> Roles::fromCode(const QString& code)
{
    for (Role r : all()) {
        if (Roles::code(r) == code) {
            return r;
        }
    }
    return std::nullopt;
}

QString Roles::label(Role role)
{
    switch (role) {
    case Role::Nurse:
        //: Shown after a person's name, "Claire Martin (Nurse)", and in "Your role (Nurse)…":
        //: a noun that fits any gender (French: IDE, not Infirmier / Infirmière).
        return tr("Nurse");
    case Role::Doctor:
        return tr("Doctor");
    case Role::TheatreManager:
        return tr("Theatre manager");
    case Role::Administrator:
        return tr("Administrator");
    case Role::Laboratory:
        return tr("Laboratory");
    }
    return {};
}

QList<Role> Roles::all()
{
    return {Role::Nurse, Role::Doctor, Role::TheatreManager, Role::Administrator, Role::Laboratory};
}

bool Roles::allows(Role role, Permission permission)
{
    switch (permission) {
    case Permission::ManageUsers:
    case Permission::ConfigureSite:
    case Permission::Restore:
        return role == Role::Administrator;
    case Permission::Prescribe:
    case Permission::SetNews2Scale2:
        return role == Role::Doctor;
    case Permission::EditPatients:
    case Permission::RecordCare:
        return role == Role::Nurse || role == Role::Doctor || role == Role::Administrator;
    case Permission::ManageTheatres:
        return role == Role::TheatreManager || role == Role::Administrator;
    case Permission::ImportData:
        return role != Role::Doctor;
    case Permission::ExportData:
    case Permission::Backup:
    case Permission::Print:
        return true;
    case Permission::OrderTests:
    case Permission::AcknowledgeAlerts:
        return role == Role::Nurse || role == Role::Doctor;
    case Permission::RecordResults:
        return role == Role::Nurse || role == Role::Doctor || role == Role::Laboratory;
    }
    return false;
}

QString Roles::describe(Permission permission)
{
    switch (permission) {
    case Permission::ManageUsers:
        return tr("managing users");
    case Permission::ConfigureSite:
        return tr("configuring the hospital and this laptop");
    case Permission::EditPatients:
        return tr("registering and editing patients");
    case Permission::RecordCare:
        return tr("recording care");
    case Permission::Prescribe:
        return tr("prescribing");
    case Permission::SetNews2Scale2:
        return tr("setting the NEWS2 SpO2 scale 2");
    case Permission::ManageTheatres:
        return tr("managing theatres");
    case Permission::ImportData:
        return tr("importing data");
    case Permission::ExportData:
        return tr("exporting data");
    case Permission::Backup:
        return tr("making backups");
    case Permission::Restore:
        return tr("restoring a backup");
    case Permission::Print:
        return tr("printing");
    case Permission::OrderTests:
        return tr("ordering tests and exams");
    case Permission::RecordResults:
        return tr("recording specimens and results");
    case Permission::AcknowledgeAlerts:
        return tr("acknowledging alerts");
    }
    return {};
}

} // namespace wp
