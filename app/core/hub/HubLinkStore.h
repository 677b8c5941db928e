#pragma once

#include "Database.h"
#include "HubLink.h"

#include <optional>

namespace wp::hub {

/// Reads and writes this laptop's hub_link row (at most one). Writes go into the caller's
/// transaction.
class HubLinkStore
{
public:
    explicit HubLinkStore(db::Database& db) : m_db(db) {}

    /// The link, or nothing when no administrator joined a hub (network mode off).
    Result<std::optional<HubLink>> load();
    Status insert(const HubLink& link);
    /// Writes every field but the address and who joined.
    Status save(const HubLink& link);
    Status remove();

private:
    db::Database& m_db;
};

} // namespace wp::hub
