#pragma once

#include "TestSupport.h"
#include "theatre/InstanceGenerator.h"
#include "theatre/InstanceReader.h"

#include <catch2/catch.hpp>

namespace wp::theatre::test {

inline QString fixture(const QString& name)
{
    return wp::test::dataFile(QStringLiteral("theatre/") + name);
}

/// The hand-written instance of tests/data/theatre (8 cases, 6 sessions).
inline Instance fixtureInstance()
{
    auto instance = InstanceReader::readFiles(fixture(QStringLiteral("sessions.csv")),
                                              fixture(QStringLiteral("cases.csv")), 15);
    INFO(instance.errorMessage());
    REQUIRE(instance.ok());
    return std::move(instance).value();
}

inline Instance generated(const InstanceGenerator::Parameters& parameters)
{
    const auto files = InstanceGenerator::generate(parameters);
    auto instance = InstanceReader::fromData(files.sessions, QStringLiteral("sessions.csv"), files.cases,
                                             QStringLiteral("cases.csv"), 15);
    INFO(instance.errorMessage());
    REQUIRE(instance.ok());
    return std::move(instance).value();
}

/// A tiny instance (one or two theatres, one week) that exhaustive search can settle.
inline InstanceGenerator::Parameters tiny(quint64 seed, int cases = 8)
{
    InstanceGenerator::Parameters p;
    p.theatres = 2;
    p.weeks = 1;
    p.cases = cases;
    p.closedShare = 0.6;
    p.lockedShare = 0.08;
    p.seed = seed;
    return p;
}

} // namespace wp::theatre::test
