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

/// An instance from the text of its two files (with their header rows), turnover 15.
inline Instance fromCsv(const QByteArray& sessions, const QByteArray& cases)
{
    auto instance = InstanceReader::fromData(sessions, QStringLiteral("sessions.csv"), cases,
                                             QStringLiteral("cases.csv"), 15);
    INFO(instance.errorMessage());
    REQUIRE(instance.ok());
    return std::move(instance).value();
}

inline Instance generated(const InstanceGenerator::Parameters& parameters)
{
    const auto files = InstanceGenerator::generate(parameters);
    return fromCsv(files.sessions, files.cases);
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
