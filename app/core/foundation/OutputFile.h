#pragma once

#include <QFile>
#include <QSaveFile>
#include <QString>

#include <functional>
#include <memory>

namespace wp {

/// Where an export writes: a regular file (new or existing) is written beside its name and
/// renamed over it only when complete (QSaveFile), so a failure or a pulled USB stick never
/// leaves a file that looks complete. An existing device or pipe (/dev/stdout, a FIFO) is
/// written in place: renaming a regular file over it would replace the device itself (as root).
class OutputFile
{
public:
    explicit OutputFile(const QString& path);

    bool open();
    QIODevice& device();
    /// Makes the written data the file's content (rename, or flush for a device); false on any
    /// write error seen so far.
    bool commit();
    QString errorString() const;
    QString fileName() const { return m_path; }

    /// Test seam: `hook` is called with the path just before each commit() makes a file final,
    /// where a test pulls the USB stick (removes the folder). Empty (the default): nothing.
    static void setBeforeCommitForTests(std::function<void(const QString& path)> hook);

private:
    QString m_path;
    std::unique_ptr<QSaveFile> m_save;
    std::unique_ptr<QFile> m_inPlace;
};

} // namespace wp
