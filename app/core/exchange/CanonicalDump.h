#pragma once

#include "workspace/Workspace.h"

namespace wp::exchange {

/// A text dump of what exchanges must make identical on every laptop: record versions
/// (by version_id), patients (by id), wards, beds and users' logins and roles. Two
/// laptops that exchanged everything have equal dumps; tests and `verify` compare them.
class CanonicalDump
{
public:
    static Result<QString> of(Workspace& ws);
};

} // namespace wp::exchange
