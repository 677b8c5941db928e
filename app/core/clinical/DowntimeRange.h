#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace wp::clinical {

/// The sequence numbers a laptop may hand out under its device code. Device codes are
/// unique per laptop, so two laptops never collide even with overlapping ranges; a range
/// narrower than the default lets one code be split between machines if ever needed.
struct DowntimeRange
{
    Q_DECLARE_TR_FUNCTIONS(DowntimeRange)

public:
    static constexpr int MinimumSequence = 1;
    static constexpr int MaximumSequence = 999999;

    int first = MinimumSequence;
    int last = MaximumSequence;

    /// The whole 1..999999 range, the default for any device code.
    static DowntimeRange defaultFor(const QString& deviceCode);

    bool contains(int sequence) const { return sequence >= first && sequence <= last; }
    qint64 size() const { return first <= last ? qint64(last) - first + 1 : 0; }
    /// Checks 1 <= first <= last <= 999999.
    Status validate() const;
    /// The sequence to hand out after `lastUsed` (nothing used yet: `first`); nullopt
    /// when the range is exhausted, so the caller can ask for a new range or code.
    std::optional<int> next(std::optional<int> lastUsed) const;

    bool operator==(const DowntimeRange&) const = default;
};

} // namespace wp::clinical
