#include "JsonLocator.h"

namespace wp::fhirimport {

namespace {

// A recursive-descent walk over well-formed JSON that keeps the current path and line. Depth is
// that of FHIR resources (a few dozen at most), so recursion is safe; a guard stops runaway input.
class Scanner
{
public:
    Scanner(const QByteArray& text, const std::function<bool(const QByteArray&, int, int)>& visit)
        : m_p(text.constData()), m_end(text.constData() + text.size()), m_visit(visit)
    {}

    void run()
    {
        skipSpace();
        value(0);
    }

private:
    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\t' || *m_p == '\n' || *m_p == '\r')) {
            if (*m_p == '\n')
                ++m_line;
            ++m_p;
        }
    }

    // Skips a string starting at '"'; returns its raw bytes (escapes left as written).
    QByteArray string()
    {
        const char* start = ++m_p;
        while (m_p < m_end && *m_p != '"') {
            if (*m_p == '\\')
                ++m_p;
            ++m_p;
        }
        QByteArray s(start, qsizetype(std::min(m_p, m_end) - start));
        if (m_p < m_end)
            ++m_p;
        return s;
    }

    void value(int depth)
    {
        if (m_stop || m_p >= m_end || depth > 200)
            return;
        if (m_visit(m_path, depth, m_line)) {
            m_stop = true;
            return;
        }
        const char c = *m_p;
        if (c == '{') {
            ++m_p;
            const qsizetype base = m_path.size();
            while (!m_stop) {
                skipSpace();
                if (m_p >= m_end || *m_p == '}')
                    break;
                if (*m_p == ',') {
                    ++m_p;
                    continue;
                }
                if (*m_p != '"')
                    return; // not well-formed: give up quietly
                const QByteArray key = string();
                skipSpace();
                if (m_p < m_end && *m_p == ':')
                    ++m_p;
                skipSpace();
                if (base > 0)
                    m_path += '.';
                m_path += key;
                value(depth + 1);
                m_path.truncate(base);
            }
            if (m_p < m_end)
                ++m_p;
        } else if (c == '[') {
            ++m_p;
            const qsizetype base = m_path.size();
            int index = 0;
            while (!m_stop) {
                skipSpace();
                if (m_p >= m_end || *m_p == ']')
                    break;
                if (*m_p == ',') {
                    ++m_p;
                    continue;
                }
                m_path += '[';
                m_path += QByteArray::number(index++);
                m_path += ']';
                value(depth + 1);
                m_path.truncate(base);
            }
            if (m_p < m_end)
                ++m_p;
        } else if (c == '"') {
            string();
        } else {
            while (m_p < m_end && *m_p != ',' && *m_p != '}' && *m_p != ']' && *m_p != ' ' && *m_p != '\n' &&
                   *m_p != '\r' && *m_p != '\t')
                ++m_p;
        }
    }

    const char* m_p;
    const char* m_end;
    const std::function<bool(const QByteArray&, int, int)>& m_visit;
    QByteArray m_path;
    int m_line = 1;
    bool m_stop = false;
};

} // namespace

JsonLocator::Position JsonLocator::position(const QByteArray& text, qsizetype offset)
{
    Position pos;
    const qsizetype end = std::min(offset, text.size());
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < end; ++i) {
        if (text.at(i) == '\n') {
            ++pos.line;
            lineStart = i + 1;
        }
    }
    // Columns count characters, not bytes: skip UTF-8 continuation bytes.
    int column = 1;
    for (qsizetype i = lineStart; i < end; ++i) {
        if ((static_cast<unsigned char>(text.at(i)) & 0xC0) != 0x80)
            ++column;
    }
    pos.column = column;
    return pos;
}

void JsonLocator::scan(const QByteArray& text, const std::function<bool(const QByteArray&, int, int)>& visit)
{
    Scanner(text, visit).run();
}

int JsonLocator::lineOf(const QByteArray& text, const QByteArray& path)
{
    int found = 0;
    scan(text, [&](const QByteArray& p, int, int line) {
        if (p == path) {
            found = line;
            return true;
        }
        return false;
    });
    return found;
}

QList<int> JsonLocator::entryResourceLines(const QByteArray& text)
{
    QList<int> lines;
    scan(text, [&](const QByteArray& p, int depth, int line) {
        if (depth == 3 && p.startsWith("entry[") && p.endsWith("].resource")) {
            const int index = p.mid(6, p.size() - 6 - 10).toInt();
            while (lines.size() <= index)
                lines.append(0);
            lines[index] = line;
        }
        return false;
    });
    return lines;
}

} // namespace wp::fhirimport
