#pragma once

#include "HubLink.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace wp::hub {

/// The one line users see about the hub (status bar, `hub status`): "Hub: up to date (12 s ago)",
/// "Hub: 37 changes waiting — unreachable since 14:02, working offline", or off.
class HubStatusText
{
    Q_DECLARE_TR_FUNCTIONS(HubStatusText)

public:
    static QString describe(const std::optional<HubLink>& link, qint64 waiting, const QDateTime& now);
};

} // namespace wp::hub
