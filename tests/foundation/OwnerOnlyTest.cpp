// Issue 17: everything in the data directory is its owner's only (demo/ holds patient names).

#include "TestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>

#include <catch2/catch.hpp>

using namespace wp;

namespace {

constexpr auto othersMay = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                           QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;

/// Entries under `dir` that another account may read, write or enter.
QStringList openToOthers(const QString& dir)
{
    QStringList out;
    if (QFile::permissions(dir) & othersMay) {
        out << dir;
    }
    QDirIterator it(dir, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (QFile::permissions(path) & othersMay) {
            out << path;
        }
    }
    return out;
}

} // namespace

TEST_CASE("owner only: folders and files an older WhitePlan left open are closed when the data is opened")
{
    test::TempDir tmp;
    ManualClock clock(test::testEpoch());
    const QString dir = tmp.file(QStringLiteral("data"));
    test::initialisedWorkspace(dir, clock).reset();
    const auto open = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                      QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther |
                      QFileDevice::ExeOther;
    test::writeFile(QDir(dir).filePath(QStringLiteral("demo/theatre-cases.csv")), "case_id,patient_id\n");
    test::writeFile(QDir(dir).filePath(QStringLiteral("forms/site/pain.json")), "{}");
    for (const QString& sub :
         {QStringLiteral("demo"), QStringLiteral("forms"), QStringLiteral("forms/site")}) {
        REQUIRE(QFile::setPermissions(QDir(dir).filePath(sub), open));
    }
    REQUIRE(QFile::setPermissions(QDir(dir).filePath(QStringLiteral("demo/theatre-cases.csv")),
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                                      QFileDevice::ReadOther));
    REQUIRE(QFile::setPermissions(dir, open));
    REQUIRE_FALSE(openToOthers(dir).isEmpty());

    auto ws = Workspace::open(dir, clock);
    REQUIRE(ws.ok());
    CHECK(openToOthers(dir) == QStringList());
    // Only taken away, never given: the owner keeps exactly what they had.
    CHECK((QFile::permissions(QDir(dir).filePath(QStringLiteral("demo"))) & QFileDevice::ExeOwner));
    CHECK((QFile::permissions(QDir(dir).filePath(QStringLiteral("demo/theatre-cases.csv"))) &
           QFileDevice::ExeOwner) == 0);
}
