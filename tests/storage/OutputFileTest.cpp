#include "foundation/OutputFile.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFileInfo>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace wp;

TEST_CASE("An export to a pipe writes into it and leaves it a pipe")
{
    test::TempDir dir;
    const QString pipe = dir.file(QStringLiteral("pipe"));
    REQUIRE(::mkfifo(QFile::encodeName(pipe).constData(), 0600) == 0);
    // A reader first, so that opening the write end does not wait.
    const int reader = ::open(QFile::encodeName(pipe).constData(), O_RDONLY | O_NONBLOCK);
    REQUIRE(reader >= 0);
    OutputFile out(pipe);
    REQUIRE(out.open());
    out.device().write("hello\n");
    CHECK(out.commit());
    char buffer[16] = {};
    CHECK(::read(reader, buffer, sizeof buffer) == 6);
    ::close(reader);
    CHECK(QByteArray(buffer) == QByteArray("hello\n"));
    // Still the pipe: no regular file was renamed over it.
    struct stat st
    {};
    REQUIRE(::lstat(QFile::encodeName(pipe).constData(), &st) == 0);
    CHECK(S_ISFIFO(st.st_mode));
}

TEST_CASE("An export to a file appears only when complete")
{
    test::TempDir dir;
    const QString target = dir.file(QStringLiteral("export.json"));
    {
        OutputFile out(target);
        REQUIRE(out.open());
        out.device().write("half");
        // Never committed: as when the export fails half-way.
    }
    CHECK_FALSE(QFileInfo::exists(target));
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    OutputFile out(target);
    REQUIRE(out.open());
    out.device().write("whole");
    REQUIRE(out.commit());
    QFile f(target);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == QByteArray("whole"));
}
