#pragma once

namespace wp::clinical {

/// Inclusive range of a numeric field: "possible" refuses values outside it,
/// "plausible" only warns.
struct NumericRange
{
    double min = 0;
    double max = 0;

    bool contains(double v) const { return v >= min && v <= max; }
    bool contains(const NumericRange& other) const { return other.min >= min && other.max <= max; }
    bool operator==(const NumericRange&) const = default;
};

} // namespace wp::clinical
