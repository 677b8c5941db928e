#pragma once

#include <QByteArray>
#include <QList>

#include <functional>

namespace wp::fhirimport {

/// Finds where things are in JSON text, for error messages: QJsonDocument gives only a byte
/// offset for a parse error and nothing for a value it parsed. One linear scan of the bytes
/// per question; the text is assumed well-formed (it was parsed before).
class JsonLocator
{
public:
    struct Position
    {
        int line = 1;
        int column = 1;
    };

    /// Line and column (from 1) of a byte offset.
    static Position position(const QByteArray& text, qsizetype offset);

    /// Line where the value at `path` ("entry[3].resource.birthDate") starts, 0 when absent.
    static int lineOf(const QByteArray& text, const QByteArray& path);

    /// Lines where each `entry[i].resource` of a Bundle starts, by entry index (0 when absent).
    static QList<int> entryResourceLines(const QByteArray& text);

private:
    /// Calls `visit(path, depth, line)` at the start of every value; stops when it returns true.
    static void scan(const QByteArray& text,
                     const std::function<bool(const QByteArray& path, int depth, int line)>& visit);
};

} // namespace wp::fhirimport
