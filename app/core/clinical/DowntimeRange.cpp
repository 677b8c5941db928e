#include "DowntimeRange.h"

namespace wp::clinical {

DowntimeRange DowntimeRange::defaultFor(const QString& deviceCode)
{
    Q_UNUSED(deviceCode)
    return DowntimeRange{};
}

std::optional<int> DowntimeRange::next(std::optional<int> lastUsed) const
{
    if (!lastUsed || *lastUsed < first)
        return first <= last ? std::optional<int>(first) : std::nullopt;
    if (*lastUsed >= last)
        return std::nullopt;
    return *lastUsed + 1;
}

Status DowntimeRange::validate() const
{
    if (first < MinimumSequence || last > MaximumSequence) {
        return makeError(tr("A downtime number range must lie within %1 to %2, not %3 to %4.")
                             .arg(MinimumSequence)
                             .arg(MaximumSequence)
                             .arg(first)
                             .arg(last),
                         Error::Code::InvalidInput);
    }
    if (first > last) {
        return makeError(tr("The range starts at %1, after its end %2.").arg(first).arg(last),
                         Error::Code::InvalidInput);
    }
    return {};
}

} // namespace wp::clinical
