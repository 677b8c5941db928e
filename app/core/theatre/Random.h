#pragma once

#include <QtGlobal>

namespace wp::theatre {

/// splitmix64: a tiny seeded generator that gives the same numbers on every platform
/// (the std distributions do not), so plans and generated instances are reproducible.
class Random
{
public:
    explicit Random(quint64 seed) : m_state(seed) {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    /// Uniform in [0, n); 0 when n <= 0.
    int below(int n) { return n > 0 ? static_cast<int>(next() % static_cast<quint64>(n)) : 0; }
    /// True with probability `p`.
    bool chance(double p) { return static_cast<double>(next() >> 11) * 0x1.0p-53 < p; }

private:
    quint64 m_state;
};

} // namespace wp::theatre
