#include "FhirReader.h"

#include "JsonLocator.h"
#include "ResourceMapper.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>

namespace wp::fhirimport {

namespace {

Error located(const QString& message)
{
    return Error(message, Error::Code::InvalidInput);
}

Error cancelled()
{
    return Error(FhirReader::tr("Cancelled: nothing was read."), Error::Code::Cancelled);
}

} // namespace

Result<Snapshot> FhirReader::read(const QStringList& paths, const ImportProgress& progress)
{
    ResourceMapper mapper(m_ippSystem);
    QDateTime newestTimestamp;
    QDateTime newestFileTime;
    QStringList files;

    // Expand folders into their NDJSON files first, so that a missing file or an empty folder is
    // refused before anything is read.
    struct Input
    {
        QString path;
        bool ndjson = false;
    };
    QList<Input> inputs;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (!info.exists())
            return Error(tr("%1: no such file or folder.").arg(path), Error::Code::NotFound);
        if (info.isDir()) {
            const QFileInfoList entries = QDir(path).entryInfoList({QStringLiteral("*.ndjson")},
                                                                   QDir::Files | QDir::Readable, QDir::Name);
            if (entries.isEmpty())
                return Error(tr("%1: the folder holds no Bulk Data file (*.ndjson).").arg(path),
                             Error::Code::InvalidInput);
            for (const QFileInfo& e : entries)
                inputs.append({QDir(path).filePath(e.fileName()), true});
        } else {
            inputs.append({path, path.endsWith(QLatin1String(".ndjson"), Qt::CaseInsensitive)});
        }
    }

    // Progress is in bytes: a Bulk Data folder's Observation file may hold most of the record.
    qint64 totalBytes = 0;
    for (const Input& input : std::as_const(inputs)) {
        totalBytes += QFileInfo(input.path).size();
    }
    qint64 doneBytes = 0;
    const auto tell = [&progress, totalBytes](qint64 done) {
        return !progress || progress(std::min(done, totalBytes), totalBytes);
    };
    if (!tell(0)) {
        return cancelled();
    }

    for (const Input& input : std::as_const(inputs)) {
        QFile file(input.path);
        if (!file.open(QIODevice::ReadOnly))
            return Error(tr("%1: cannot be read (%2).").arg(input.path, file.errorString()), Error::Code::Io);
        files.append(input.path);
        const QDateTime mtime = QFileInfo(file).lastModified().toUTC();
        if (!newestFileTime.isValid() || mtime > newestFileTime)
            newestFileTime = mtime;

        if (input.ndjson) {
            // One resource a line, read line by line: the file is never held whole.
            int lineNo = 0;
            while (!file.atEnd()) {
                const QByteArray line = file.readLine();
                ++lineNo;
                if (line.trimmed().isEmpty())
                    continue;
                QJsonParseError err;
                const QJsonDocument doc = QJsonDocument::fromJson(line, &err);
                if (err.error != QJsonParseError::NoError)
                    return located(tr("%1, line %2, column %3: malformed JSON (%4).")
                                       .arg(input.path)
                                       .arg(lineNo)
                                       .arg(JsonLocator::position(line, err.offset).column)
                                       .arg(err.errorString()));
                if (!doc.isObject())
                    return located(tr("%1, line %2: each line must hold one JSON object (a FHIR resource).")
                                       .arg(input.path)
                                       .arg(lineNo));
                const Status s =
                    mapper.map(doc.object(), Where{input.path, lineNo, nullptr}, QString(), QString());
                if (!s)
                    return s.error();
                if (!tell(doneBytes + file.pos()))
                    return cancelled();
            }
            if (file.error() != QFileDevice::NoError)
                return Error(tr("%1: cannot be read (%2).").arg(input.path, file.errorString()),
                             Error::Code::Io);
            doneBytes += file.size();
            continue;
        }

        const QByteArray text = file.readAll();
        if (file.error() != QFileDevice::NoError)
            return Error(tr("%1: cannot be read (%2).").arg(input.path, file.errorString()), Error::Code::Io);
        file.close();
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(text, &err);
        if (err.error != QJsonParseError::NoError) {
            const JsonLocator::Position pos = JsonLocator::position(text, err.offset);
            return located(tr("%1, line %2, column %3: malformed JSON (%4).")
                               .arg(input.path)
                               .arg(pos.line)
                               .arg(pos.column)
                               .arg(err.errorString()));
        }
        if (!doc.isObject())
            return located(tr("%1, line 1: the file must hold one JSON object (a FHIR resource or Bundle).")
                               .arg(input.path));
        const QJsonObject root = doc.object();
        if (root.value(QLatin1String("resourceType")).toString() != QLatin1String("Bundle")) {
            const Status s = mapper.map(root, Where{input.path, 1, &text}, QString(), QString());
            if (!s)
                return s.error();
            doneBytes += text.size();
            if (!tell(doneBytes))
                return cancelled();
            continue;
        }

        // A Bundle: its timestamp is the snapshot time; each entry's resource is mapped with the
        // line where it starts (one scan of the text for all of them).
        JsonFields f(Where{input.path, 1, &text});
        const QDateTime timestamp = f.dateTime(root, QStringLiteral("timestamp"), QString());
        const QJsonArray entries = f.array(root, QStringLiteral("entry"), QString());
        if (f.failed())
            return f.error();
        if (timestamp.isValid() && (!newestTimestamp.isValid() || timestamp > newestTimestamp))
            newestTimestamp = timestamp;
        const QList<int> lines = JsonLocator::entryResourceLines(text);
        for (int i = 0; i < entries.size(); ++i) {
            const QString entryPath = JsonFields::index(QStringLiteral("entry"), i);
            const int line = i < lines.size() && lines.at(i) > 0 ? lines.at(i) : 1;
            JsonFields ef(Where{input.path, line, &text});
            const QJsonObject entry = ef.element(entries, i, QStringLiteral("entry"));
            const QString fullUrl = ef.string(entry, QStringLiteral("fullUrl"), entryPath);
            const QJsonObject resource = ef.object(entry, QStringLiteral("resource"), entryPath);
            if (ef.failed())
                return ef.error();
            if (!entry.contains(QLatin1String("resource")))
                continue; // a transaction's DELETE entry carries only a request
            const Status s = mapper.map(resource, Where{input.path, line, &text},
                                        entryPath + QStringLiteral(".resource"), fullUrl);
            if (!s)
                return s.error();
            // A Bundle is parsed whole: its entries share its bytes.
            if (!tell(doneBytes + text.size() * (i + 1) / entries.size()))
                return cancelled();
        }
        doneBytes += text.size();
    }

    const Status resolved = mapper.finish();
    if (!resolved)
        return resolved.error();
    Snapshot snapshot = std::move(mapper.snapshot());
    snapshot.files = files;
    if (newestTimestamp.isValid()) {
        snapshot.takenAt = newestTimestamp;
        snapshot.takenAtBasis = QStringLiteral("timestamp");
    } else if (mapper.newestLastUpdated().isValid()) {
        snapshot.takenAt = mapper.newestLastUpdated();
        snapshot.takenAtBasis = QStringLiteral("lastUpdated");
    } else {
        snapshot.takenAt = newestFileTime;
        snapshot.takenAtBasis = QStringLiteral("file time");
    }
    return snapshot;
}

} // namespace wp::fhirimport
