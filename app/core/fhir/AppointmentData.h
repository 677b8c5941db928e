#pragma once

#include "TheatreChange.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QList>

namespace wp::fhir {

/// Reads the theatre schedule stored on this laptop and keeps the operations whose
/// current booking differs from the original one (the contract's original_session).
/// A case still waiting for its first slot is left out: nothing changed for it.
class AppointmentData
{
    Q_DECLARE_TR_FUNCTIONS(AppointmentData)

public:
    /// By case id. Empty when no schedule was imported.
    static Result<QList<TheatreChange>> load(Workspace& ws);
};

} // namespace wp::fhir
