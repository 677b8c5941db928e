#pragma once

#include "HubLink.h"
#include "workspace/Workspace.h"

#include <optional>

namespace wp::hub {

/// What an administrator gives to join a hub: its address and the files `whiteplan-hub enrol`
/// wrote for this laptop.
struct JoinRequest
{
    QString host;
    QString hostAddress;
    int port = 5432;
    QString caFile;
    QString certFile;
    QString keyFile;
};

/// Turns network mode on (join) or off (leave) for this laptop. Administrators only; both
/// audited. Joining copies the certificates into the data directory and sends nothing:
/// the first sync does. Leaving forgets the hub and its files; local data stays as it is.
class HubJoin
{
    Q_DECLARE_TR_FUNCTIONS(HubJoin)

public:
    explicit HubJoin(Workspace& ws) : m_ws(ws) {}

    Status join(const JoinRequest& request);
    Status leave();
    /// The current link, or nothing when this laptop has not joined a hub.
    Result<std::optional<HubLink>> link();

private:
    Workspace& m_ws;
};

} // namespace wp::hub
