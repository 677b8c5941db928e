#include "OutputFile.h"

#include <QFileInfo>

namespace wp {

namespace {

std::function<void(const QString&)>& beforeCommit()
{
    static std::function<void(const QString&)> hook;
    return hook;
}

} // namespace

void OutputFile::setBeforeCommitForTests(std::function<void(const QString& path)> hook)
{
    beforeCommit() = std::move(hook);
}

OutputFile::OutputFile(const QString& path) : m_path(path)
{
    const QFileInfo info(path);
    if (info.exists() && !info.isFile()) {
        m_inPlace = std::make_unique<QFile>(path);
    } else {
        m_save = std::make_unique<QSaveFile>(path);
    }
}

bool OutputFile::open()
{
    return m_save ? m_save->open(QIODevice::WriteOnly) : m_inPlace->open(QIODevice::WriteOnly);
}

QIODevice& OutputFile::device()
{
    if (m_save) {
        return *m_save;
    }
    return *m_inPlace;
}

bool OutputFile::commit()
{
    if (beforeCommit()) {
        beforeCommit()(m_path);
    }
    if (m_save) {
        return m_save->commit();
    }
    // A full disk or a closed pipe shows only when the buffer is flushed.
    const bool ok = m_inPlace->flush() && m_inPlace->error() == QFileDevice::NoError;
    m_inPlace->close();
    return ok && m_inPlace->error() == QFileDevice::NoError;
}

QString OutputFile::errorString() const
{
    return m_save ? m_save->errorString() : m_inPlace->errorString();
}

} // namespace wp
