#pragma once

#include <QHash>
#include <QString>

namespace wp::fhirimport {

/// The resources of one type that others refer to (Patient, Medication, Location), under every
/// spelling a reference may use: "Patient/123", the entry's fullUrl ("urn:uuid:…" or an
/// absolute URL), and that URL's "Patient/123" tail.
template<typename T> class ReferenceIndex
{
public:
    explicit ReferenceIndex(QString type) : m_type(std::move(type)) {}

    void add(const QString& id, const QString& fullUrl, const T& value)
    {
        if (!id.isEmpty())
            m_byRef.insert(m_type + QLatin1Char('/') + id, value);
        if (!fullUrl.isEmpty()) {
            m_byRef.insert(fullUrl, value);
            m_byRef.insert(normalize(fullUrl, m_type), value);
        }
    }

    const T* find(const QString& reference) const
    {
        auto it = m_byRef.constFind(reference);
        if (it == m_byRef.cend())
            it = m_byRef.constFind(normalize(reference, m_type));
        return it == m_byRef.cend() ? nullptr : &it.value();
    }

    /// "Type/id" for "http://host/fhir/Type/id/_history/2", "Type/id" itself; other
    /// references (urn:uuid:…, #contained) unchanged.
    static QString normalize(const QString& reference, const QString& type)
    {
        if (reference.startsWith(QLatin1String("urn:")) || reference.startsWith(QLatin1Char('#')))
            return reference;
        QString r = reference;
        const qsizetype history = r.indexOf(QLatin1String("/_history/"));
        if (history >= 0)
            r.truncate(history);
        const QString marker = type + QLatin1Char('/');
        const qsizetype at = r.lastIndexOf(marker);
        if (at < 0 || (at > 0 && r.at(at - 1) != QLatin1Char('/')))
            return r;
        return r.mid(at);
    }

    /// The type a relative or absolute reference names ("Group" for "Group/1"), empty if none.
    static QString typeOf(const QString& reference)
    {
        if (reference.startsWith(QLatin1String("urn:")) || reference.startsWith(QLatin1Char('#')))
            return {};
        QString r = reference;
        const qsizetype history = r.indexOf(QLatin1String("/_history/"));
        if (history >= 0)
            r.truncate(history);
        const qsizetype slash = r.lastIndexOf(QLatin1Char('/'));
        if (slash <= 0)
            return {};
        const qsizetype before = r.lastIndexOf(QLatin1Char('/'), slash - 1);
        return r.mid(before + 1, slash - before - 1);
    }

private:
    QString m_type;
    QHash<QString, T> m_byRef;
};

} // namespace wp::fhirimport
