#include "Catalogue.h"

#include "CatalogueParser.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace wp::orders {

namespace {

const QString& builtinPrefix()
{
    static const QString prefix = QStringLiteral("builtin:");
    return prefix;
}

// Shortest text of a limit for messages ("0.5", "15"), with the user's decimal separator.
QString shown(double v)
{
    QString text = QString::number(v, 'f', 6);
    while (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    if (text == QLatin1String("-0"))
        text = QStringLiteral("0");
    if (QLocale().decimalPoint() == QStringLiteral(","))
        text.replace(QLatin1Char('.'), QLatin1Char(','));
    return text;
}

// Whole years between the birth date and `on`; nullopt when either is unknown.
std::optional<int> ageInYears(const QDate& birthDate, const QDate& on)
{
    if (!birthDate.isValid() || !on.isValid() || on < birthDate)
        return std::nullopt;
    int years = on.year() - birthDate.year();
    if (on.month() < birthDate.month() || (on.month() == birthDate.month() && on.day() < birthDate.day()))
        --years;
    return years;
}

template<typename T> QList<const T*> sortedByName(const QHash<QString, T>& entries)
{
    QList<const T*> out;
    out.reserve(entries.size());
    for (const auto& e : entries)
        out.append(&e);
    std::sort(out.begin(), out.end(), [](const T* a, const T* b) {
        const int c = a->name.en.compare(b->name.en, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a->code < b->code;
    });
    return out;
}

} // namespace

QString Catalogue::siteFolder(const QString& dataDirectory)
{
    return QDir(dataDirectory).filePath(QStringLiteral("catalogue"));
}

void Catalogue::reload(const QString& extraFolder)
{
    m_tests.clear();
    m_panels.clear();
    m_exams.clear();
    m_tubes.clear();
    m_versions.clear();
    m_problems.clear();
    loadFolder(builtinFolder());
    if (!extraFolder.isEmpty())
        loadFolder(extraFolder);
}

void Catalogue::loadFolder(const QString& folder)
{
    const QDir dir(folder);
    if (!dir.exists())
        return;
    const QStringList names =
        dir.entryList({QStringLiteral("*.json")}, QDir::Files | QDir::Readable, QDir::Name);
    for (const QString& name : names)
        loadFile(dir.filePath(name));
}

void Catalogue::loadFile(const QString& path)
{
    auto parsed = CatalogueParser::load(path, *this);
    if (!parsed) {
        m_problems.append({path, parsed.errorMessage()});
        return;
    }
    // Later files win: a hospital replaces a shipped entry by giving its code again.
    for (const auto& t : parsed->tubes)
        m_tubes.insert(t.code, t);
    for (const auto& t : parsed->tests)
        m_tests.insert(t.code, t);
    for (const auto& p : parsed->panels)
        m_panels.insert(p.code, p);
    for (const auto& e : parsed->exams)
        m_exams.insert(e.code, e);
    const bool builtin = path.startsWith(builtinFolder() + QLatin1Char('/'));
    m_versions.append((builtin ? builtinPrefix() : QFileInfo(path).fileName() + QLatin1Char(':')) +
                      QString::number(parsed->version));
}

QString Catalogue::version() const
{
    // The shipped files are released together: the highest of their versions names them all.
    int builtin = 0;
    QStringList parts;
    for (const QString& v : m_versions) {
        if (v.startsWith(builtinPrefix()))
            builtin = std::max(builtin, v.mid(builtinPrefix().size()).toInt());
        else
            parts.append(v);
    }
    if (builtin > 0)
        parts.prepend(builtinPrefix() + QString::number(builtin));
    return parts.join(QLatin1Char('+'));
}

const LabTest* Catalogue::test(const QString& code) const
{
    const auto it = m_tests.constFind(code);
    return it == m_tests.constEnd() ? nullptr : &it.value();
}

const Panel* Catalogue::panel(const QString& code) const
{
    const auto it = m_panels.constFind(code);
    return it == m_panels.constEnd() ? nullptr : &it.value();
}

const ImagingExam* Catalogue::exam(const QString& code) const
{
    const auto it = m_exams.constFind(code);
    return it == m_exams.constEnd() ? nullptr : &it.value();
}

const Tube* Catalogue::tube(const QString& code) const
{
    const auto it = m_tubes.constFind(code);
    return it == m_tubes.constEnd() ? nullptr : &it.value();
}

QList<const LabTest*> Catalogue::tests() const
{
    return sortedByName(m_tests);
}

QList<const Panel*> Catalogue::panels() const
{
    return sortedByName(m_panels);
}

QList<const ImagingExam*> Catalogue::exams() const
{
    return sortedByName(m_exams);
}

Result<QStringList> Catalogue::expand(const QStringList& codes) const
{
    QStringList out;
    for (const QString& typed : codes) {
        const QString code = typed.trimmed();
        if (const auto* p = panel(code)) {
            for (const QString& t : p->tests) {
                if (!out.contains(t))
                    out.append(t);
            }
        } else if (test(code)) {
            if (!out.contains(code))
                out.append(code);
        } else {
            return makeError(tr("Unknown test or panel code '%1'.").arg(code), Error::Code::InvalidInput);
        }
    }
    return out;
}

std::optional<ReferenceRange> Catalogue::rangeFor(const LabTest& t, clinical::Sex sex, const QDate& birthDate,
                                                  const QDate& on) const
{
    const auto age = ageInYears(birthDate, on);
    const ReferenceRange* general = nullptr;
    for (const auto& r : t.ranges) {
        // Without a known age only a range for every age applies.
        const bool ageFits = age ? (*age >= r.minAgeYears && *age <= r.maxAgeYears)
                                 : (r.minAgeYears == 0 && r.maxAgeYears >= 150);
        if (!ageFits)
            continue;
        if (r.sex && *r.sex == sex)
            return r; // a range for the patient's sex beats one for both
        if (!r.sex && !general)
            general = &r;
    }
    if (general)
        return *general;
    return std::nullopt;
}

ResultFlag Catalogue::flag(const LabTest& t, double value, clinical::Sex sex, const QDate& birthDate,
                           const QDate& on) const
{
    if (t.type != ValueType::Numeric || !std::isfinite(value))
        return ResultFlag::None;
    if (t.criticalLow && value < *t.criticalLow)
        return ResultFlag::CriticalLow;
    if (t.criticalHigh && value > *t.criticalHigh)
        return ResultFlag::CriticalHigh;
    const auto range = rangeFor(t, sex, birthDate, on);
    if (!range)
        return ResultFlag::None;
    if (range->low && value < *range->low)
        return ResultFlag::Low;
    if (range->high && value > *range->high)
        return ResultFlag::High;
    return ResultFlag::Normal;
}

ResultFlag Catalogue::flag(const LabTest& t, const QString& coded) const
{
    if (t.type != ValueType::Coded)
        return ResultFlag::None;
    const QString value = coded.trimmed();
    for (const QString& critical : t.criticalValues) {
        if (critical.compare(value, Qt::CaseInsensitive) == 0)
            return ResultFlag::Critical;
    }
    return ResultFlag::Normal;
}

Result<QString> Catalogue::checkValue(const LabTest& t, const QString& typed) const
{
    const QString name = t.name.text();
    const QString value = typed.trimmed();
    if (value.isEmpty())
        return makeError(tr("%1: a value is needed.").arg(name), Error::Code::InvalidInput);

    if (t.type == ValueType::Text)
        return value;

    if (t.type == ValueType::Coded) {
        for (const QString& choice : t.choices) {
            if (choice.compare(value, Qt::CaseInsensitive) == 0)
                return choice;
        }
        return makeError(
            tr("%1: '%2' is not one of %3.").arg(name, value, t.choices.join(QStringLiteral(", "))),
            Error::Code::InvalidInput);
    }

    // Digits with at most one decimal separator, point or comma (French keyboards type a
    // comma). Letters, exponents, "nan", "inf" and thousands separators are refused.
    static const QRegularExpression numberPattern(QStringLiteral("^([+-]?)([0-9]{1,15})(?:[.,]([0-9]+))?$"));
    const auto match = numberPattern.match(value);
    if (!match.hasMatch())
        return makeError(tr("%1: '%2' is not a number.").arg(name, value), Error::Code::InvalidInput);
    // One trailing zero beyond the test's precision says nothing more ("138.0" from an analyser
    // is 138), but three digits after the separator may be a thousands separator ("1,000" is not
    // 1): those, and any other extra decimal, are refused.
    QString fraction = match.captured(3);
    if (fraction.size() == t.decimals + 1 && fraction.size() != 3 && fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    if (fraction.size() > t.decimals) {
        return makeError(
            t.decimals == 0
                ? tr("%1: '%2' should be a whole number.").arg(name, value)
                : tr("%1: '%2' has too many decimals (at most %3).").arg(name, value).arg(t.decimals),
            Error::Code::InvalidInput);
    }
    QString normalised = match.captured(2);
    while (normalised.size() > 1 && normalised.startsWith(QLatin1Char('0')))
        normalised.remove(0, 1);
    if (!fraction.isEmpty())
        normalised += QLatin1Char('.') + fraction;
    bool ok = false;
    const double magnitude = normalised.toDouble(&ok);
    if (!ok || !std::isfinite(magnitude))
        return makeError(tr("%1: '%2' is not a number.").arg(name, value), Error::Code::InvalidInput);
    const bool negative = match.captured(1) == QLatin1String("-") && magnitude != 0.0;
    const double number = negative ? -magnitude : magnitude;
    if ((t.possibleLow && number < *t.possibleLow) || (t.possibleHigh && number > *t.possibleHigh)) {
        const QString low = t.possibleLow ? shown(*t.possibleLow) : QString();
        const QString high = t.possibleHigh ? shown(*t.possibleHigh) : QString();
        QString range;
        if (t.possibleLow && t.possibleHigh)
            range = tr("%1 to %2 %3").arg(low, high, t.unit);
        else if (t.possibleLow)
            range = tr("at least %1 %2").arg(low, t.unit);
        else
            range = tr("at most %1 %2").arg(high, t.unit);
        return makeError(tr("%1: %2 %3 is not possible (%4).").arg(name, value, t.unit, range),
                         Error::Code::InvalidInput);
    }
    return negative ? QLatin1Char('-') + normalised : normalised;
}

} // namespace wp::orders
