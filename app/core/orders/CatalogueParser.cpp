#include "CatalogueParser.h"

#include "Catalogue.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace wp::orders {

namespace {

constexpr int MaximumDecimals = 6;
constexpr int MaximumAge = 150;

const QString& formatName()
{
    static const QString name = QStringLiteral("whiteplan-catalogue");
    return name;
}

// Codes travel in CLI lists ("--tests 2823-3,iono") and CSV files: no spaces, no commas.
const QRegularExpression& codePattern()
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]*$"));
    return re;
}

const QRegularExpression& colourPattern()
{
    static const QRegularExpression re(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    return re;
}

// DICOM modality codes a ward can order.
const QStringList& modalities()
{
    static const QStringList m{QStringLiteral("CR"), QStringLiteral("CT"), QStringLiteral("DX"),
                               QStringLiteral("MG"), QStringLiteral("MR"), QStringLiteral("NM"),
                               QStringLiteral("PT"), QStringLiteral("RF"), QStringLiteral("US"),
                               QStringLiteral("XA")};
    return m;
}

QString quoted(const QString& s)
{
    return QLatin1Char('\'') + s + QLatin1Char('\'');
}

QString typeName(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("true/false");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("a list");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

QString number(double v)
{
    return QString::number(v, 'g', 12);
}

struct Limits
{
    std::optional<double> low;
    std::optional<double> high;
};

// Collects every problem of a file rather than stopping at the first: whoever fixes the
// file sees the whole list at once.
class Checker
{
public:
    explicit Checker(QString file) : m_file(std::move(file)) {}

    void problem(const QString& where, const QString& what)
    {
        m_problems.append(where.isEmpty()
                              ? m_file + QStringLiteral(": ") + what
                              : m_file + QStringLiteral(": ") + where + QStringLiteral(": ") + what);
    }
    bool ok() const { return m_problems.isEmpty(); }
    QString message() const { return m_problems.join(QLatin1Char('\n')); }

    void allowOnly(const QString& where, const QJsonObject& o, const QStringList& allowed)
    {
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!allowed.contains(it.key()) && it.key() != QLatin1String("comment")) {
                problem(where, CatalogueParser::tr("unknown property %1 (expected one of %2)")
                                   .arg(quoted(it.key()), allowed.join(QStringLiteral(", "))));
            }
        }
    }

    std::optional<QString> string(const QString& where, const QJsonObject& o, const QString& key)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            problem(where, CatalogueParser::tr("missing %1").arg(quoted(key)));
            return std::nullopt;
        }
        if (!v.isString() || v.toString().trimmed().isEmpty()) {
            problem(
                where,
                CatalogueParser::tr("%1 should be a non-empty text, not %2").arg(quoted(key), typeName(v)));
            return std::nullopt;
        }
        return v.toString().trimmed();
    }

    std::optional<QString> code(const QString& where, const QJsonObject& o)
    {
        auto c = string(where, o, QStringLiteral("code"));
        if (c && !codePattern().match(*c).hasMatch()) {
            problem(where, CatalogueParser::tr("code %1 should use only letters, digits, '.', '_' and '-'")
                               .arg(quoted(*c)));
            return std::nullopt;
        }
        return c;
    }

    clinical::LocalisedText name(const QString& where, const QJsonObject& o)
    {
        const QJsonValue v = o.value(QStringLiteral("name"));
        if (v.isUndefined()) {
            problem(where, CatalogueParser::tr("missing 'name'"));
            return {};
        }
        if (!v.isObject()) {
            problem(where,
                    CatalogueParser::tr("'name' should be an object {\"en\": ..., \"fr\": ...}, not %1")
                        .arg(typeName(v)));
            return {};
        }
        const QJsonObject t = v.toObject();
        allowOnly(where + QStringLiteral(": name"), t, {QStringLiteral("en"), QStringLiteral("fr")});
        clinical::LocalisedText out;
        for (const char* language : {"en", "fr"}) {
            const QJsonValue text = t.value(QLatin1String(language));
            if (!text.isUndefined() && !text.isString())
                problem(where, CatalogueParser::tr("name %1 should be a text, not %2")
                                   .arg(quoted(QLatin1String(language)), typeName(text)));
        }
        out.en = t.value(QStringLiteral("en")).toString().trimmed();
        out.fr = t.value(QStringLiteral("fr")).toString().trimmed();
        if (out.isEmpty())
            problem(where, CatalogueParser::tr("'name' needs an English or French text"));
        return out;
    }

    std::optional<double> optionalNumber(const QString& where, const QJsonObject& o, const QString& key)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return std::nullopt;
        if (!v.isDouble()) {
            problem(where,
                    CatalogueParser::tr("%1 should be a number, not %2").arg(quoted(key), typeName(v)));
            return std::nullopt;
        }
        return v.toDouble();
    }

    std::optional<int> wholeNumber(const QString& where, const QJsonObject& o, const QString& key, int min,
                                   int max)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return std::nullopt;
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d != std::floor(d) || d < min || d > max) {
            problem(where, CatalogueParser::tr("%1 should be a whole number from %2 to %3, not %4")
                               .arg(quoted(key))
                               .arg(min)
                               .arg(max)
                               .arg(v.isDouble() ? number(d) : typeName(v)));
            return std::nullopt;
        }
        return int(d);
    }

    bool flag(const QString& where, const QJsonObject& o, const QString& key)
    {
        const QJsonValue v = o.value(key);
        if (!v.isUndefined() && !v.isBool())
            problem(where,
                    CatalogueParser::tr("%1 should be true or false, not %2").arg(quoted(key), typeName(v)));
        return v.toBool(false);
    }

    // {"low": ..., "high": ...}, at least one of them, low not above high.
    std::optional<Limits> limits(const QString& where, const QJsonObject& o, const QString& key)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return std::nullopt;
        if (!v.isObject()) {
            problem(where, CatalogueParser::tr("%1 should be an object {\"low\": ..., \"high\": ...}, not %2")
                               .arg(quoted(key), typeName(v)));
            return std::nullopt;
        }
        const QJsonObject r = v.toObject();
        const QString inner = where + QStringLiteral(": ") + key;
        allowOnly(inner, r, {QStringLiteral("low"), QStringLiteral("high")});
        return lowHigh(inner, r);
    }

    std::optional<Limits> lowHigh(const QString& where, const QJsonObject& r)
    {
        Limits l{optionalNumber(where, r, QStringLiteral("low")),
                 optionalNumber(where, r, QStringLiteral("high"))};
        if (!l.low && !l.high) {
            problem(where, CatalogueParser::tr("needs a number \"low\", \"high\" or both"));
            return std::nullopt;
        }
        if (l.low && l.high && *l.low > *l.high) {
            problem(
                where,
                CatalogueParser::tr("low %1 is greater than high %2").arg(number(*l.low), number(*l.high)));
            return std::nullopt;
        }
        return l;
    }

    Turnaround turnaround(const QString& where, const QJsonObject& o)
    {
        const QJsonValue v = o.value(QStringLiteral("turnaround"));
        if (!v.isObject()) {
            problem(where, v.isUndefined() ? CatalogueParser::tr("missing 'turnaround'")
                                           : CatalogueParser::tr(
                                                 "'turnaround' should be an object {\"routine\": minutes, "
                                                 "\"urgent\": minutes, \"stat\": minutes}, not %1")
                                                 .arg(typeName(v)));
            return {};
        }
        const QJsonObject t = v.toObject();
        const QString inner = where + QStringLiteral(": turnaround");
        const QStringList keys{QStringLiteral("routine"), QStringLiteral("urgent"), QStringLiteral("stat")};
        allowOnly(inner, t, keys);
        int minutes[3] = {0, 0, 0};
        for (int i = 0; i < 3; ++i) {
            if (!t.contains(keys[i]))
                problem(inner, CatalogueParser::tr("missing %1").arg(quoted(keys[i])));
            else if (auto m = wholeNumber(inner, t, keys[i], 1, 60 * 24 * 60))
                minutes[i] = *m;
        }
        return {minutes[0], minutes[1], minutes[2]};
    }

    // Checks that `value` lies inside the possible range (when there is one).
    void insidePossible(const QString& where, const LabTest& t, const QString& what, double value)
    {
        if ((t.possibleLow && value < *t.possibleLow) || (t.possibleHigh && value > *t.possibleHigh)) {
            problem(where, CatalogueParser::tr("%1 %2 is outside the possible range %3 to %4")
                               .arg(what, number(value),
                                    t.possibleLow ? number(*t.possibleLow) : QStringLiteral("-"),
                                    t.possibleHigh ? number(*t.possibleHigh) : QStringLiteral("-")));
        }
    }

private:
    QString m_file;
    QStringList m_problems;
};

// A list of objects under `key`; calls `each(where, object)` for every element.
template<typename F>
void forEachObject(Checker& c, const QJsonObject& root, const QString& key, const QString& singular, F each)
{
    const QJsonValue v = root.value(key);
    if (v.isUndefined())
        return;
    if (!v.isArray()) {
        c.problem(QString(),
                  CatalogueParser::tr("%1 should be a list, not %2").arg(quoted(key), typeName(v)));
        return;
    }
    int n = 0;
    for (const auto& item : v.toArray()) {
        const QString where = singular + QLatin1Char(' ') + QString::number(++n);
        if (!item.isObject()) {
            c.problem(where, CatalogueParser::tr("should be an object, not %1").arg(typeName(item)));
            continue;
        }
        each(where, item.toObject());
    }
}

// A code seen twice in one file is a typo or a copy-and-paste: the file is refused.
bool firstTime(Checker& c, QSet<QString>& seen, const QString& where, const QString& code)
{
    if (seen.contains(code)) {
        c.problem(where, CatalogueParser::tr("the code %1 appears twice in this file").arg(quoted(code)));
        return false;
    }
    seen.insert(code);
    return true;
}

void parseRanges(Checker& c, const QString& where, const QJsonObject& o, LabTest& t)
{
    const QJsonValue v = o.value(QStringLiteral("ranges"));
    if (v.isUndefined())
        return;
    if (!v.isArray()) {
        c.problem(where, CatalogueParser::tr("'ranges' should be a list, not %1").arg(typeName(v)));
        return;
    }
    int n = 0;
    for (const auto& item : v.toArray()) {
        const QString inner = where + CatalogueParser::tr(": range %1").arg(++n);
        if (!item.isObject()) {
            c.problem(inner, CatalogueParser::tr("should be an object, not %1").arg(typeName(item)));
            continue;
        }
        const QJsonObject r = item.toObject();
        c.allowOnly(inner, r,
                    {QStringLiteral("sex"), QStringLiteral("min_age"), QStringLiteral("max_age"),
                     QStringLiteral("low"), QStringLiteral("high")});
        ReferenceRange range;
        const QJsonValue sex = r.value(QStringLiteral("sex"));
        if (!sex.isUndefined()) {
            const auto s = clinical::sexFromCode(sex.toString());
            if (!sex.isString() || !s || *s == clinical::Sex::Unknown)
                c.problem(inner,
                          CatalogueParser::tr("'sex' should be \"F\" or \"M\" (leave it out for both)"));
            else
                range.sex = *s;
        }
        range.minAgeYears =
            c.wholeNumber(inner, r, QStringLiteral("min_age"), 0, MaximumAge).value_or(range.minAgeYears);
        range.maxAgeYears =
            c.wholeNumber(inner, r, QStringLiteral("max_age"), 0, MaximumAge).value_or(range.maxAgeYears);
        if (range.minAgeYears > range.maxAgeYears)
            c.problem(inner, CatalogueParser::tr("min_age %1 is greater than max_age %2")
                                 .arg(range.minAgeYears)
                                 .arg(range.maxAgeYears));
        const auto limits = c.lowHigh(inner, r);
        if (!limits)
            continue;
        range.low = limits->low;
        range.high = limits->high;
        if (range.low)
            c.insidePossible(inner, t, QStringLiteral("low"), *range.low);
        if (range.high)
            c.insidePossible(inner, t, QStringLiteral("high"), *range.high);
        t.ranges.append(range);
    }
}

void parseNumeric(Checker& c, const QString& where, const QJsonObject& o, LabTest& t)
{
    const QJsonValue unit = o.value(QStringLiteral("unit"));
    if (!unit.isString() || unit.toString().trimmed().isEmpty())
        c.problem(where, CatalogueParser::tr("a numeric test needs a 'unit' (a non-empty text)"));
    t.unit = unit.toString().trimmed();
    t.decimals = c.wholeNumber(where, o, QStringLiteral("decimals"), 0, MaximumDecimals).value_or(1);
    if (const auto possible = c.limits(where, o, QStringLiteral("possible"))) {
        t.possibleLow = possible->low;
        t.possibleHigh = possible->high;
    }
    if (const auto critical = c.limits(where, o, QStringLiteral("critical"))) {
        t.criticalLow = critical->low;
        t.criticalHigh = critical->high;
        if (t.criticalLow)
            c.insidePossible(where, t, CatalogueParser::tr("the critical low limit"), *t.criticalLow);
        if (t.criticalHigh)
            c.insidePossible(where, t, CatalogueParser::tr("the critical high limit"), *t.criticalHigh);
    }
    parseRanges(c, where, o, t);
}

void parseCoded(Checker& c, const QString& where, const QJsonObject& o, LabTest& t)
{
    const QJsonValue choices = o.value(QStringLiteral("choices"));
    if (!choices.isArray() || choices.toArray().isEmpty()) {
        c.problem(where, CatalogueParser::tr("a coded test needs a non-empty list of 'choices'"));
        return;
    }
    for (const auto& item : choices.toArray()) {
        const QString choice = item.toString().trimmed();
        if (!item.isString() || choice.isEmpty()) {
            c.problem(
                where,
                CatalogueParser::tr("every choice should be a non-empty text, not %1").arg(typeName(item)));
        } else if (t.choices.contains(choice, Qt::CaseInsensitive)) {
            c.problem(where, CatalogueParser::tr("the choice %1 appears twice").arg(quoted(choice)));
        } else {
            t.choices.append(choice);
        }
    }
    const QJsonValue critical = o.value(QStringLiteral("critical_values"));
    if (critical.isUndefined())
        return;
    if (!critical.isArray()) {
        c.problem(where, CatalogueParser::tr("'critical_values' should be a list of choices, not %1")
                             .arg(typeName(critical)));
        return;
    }
    for (const auto& item : critical.toArray()) {
        const QString value = item.toString().trimmed();
        qsizetype index = -1;
        for (qsizetype i = 0; i < t.choices.size() && index < 0; ++i) {
            if (t.choices.at(i).compare(value, Qt::CaseInsensitive) == 0)
                index = i;
        }
        if (!item.isString() || index < 0)
            c.problem(where, CatalogueParser::tr("the critical value %1 is not one of the choices")
                                 .arg(quoted(item.isString() ? value : typeName(item))));
        else
            t.criticalValues.append(t.choices.at(index));
    }
}

LabTest parseTest(Checker& c, QString where, const QJsonObject& o, const CatalogueFile& file,
                  const Catalogue& known)
{
    LabTest t;
    if (auto code = c.code(where, o)) {
        t.code = *code;
        where = CatalogueParser::tr("test %1").arg(quoted(t.code));
    }
    const QJsonValue type = o.value(QStringLiteral("type"));
    const QString typeCode = type.isUndefined() ? QStringLiteral("numeric") : type.toString();
    QStringList keys{QStringLiteral("code"),          QStringLiteral("name"), QStringLiteral("specimen"),
                     QStringLiteral("tube"),          QStringLiteral("type"), QStringLiteral("turnaround"),
                     QStringLiteral("nurse_protocol")};
    if (typeCode == QLatin1String("numeric")) {
        t.type = ValueType::Numeric;
        keys << QStringLiteral("unit") << QStringLiteral("decimals") << QStringLiteral("possible")
             << QStringLiteral("ranges") << QStringLiteral("critical");
    } else if (typeCode == QLatin1String("coded")) {
        t.type = ValueType::Coded;
        keys << QStringLiteral("choices") << QStringLiteral("critical_values");
    } else if (typeCode == QLatin1String("text")) {
        t.type = ValueType::Text;
    } else {
        c.problem(where, CatalogueParser::tr("unknown type %1 (expected numeric, coded or text)")
                             .arg(quoted(type.isString() ? typeCode : typeName(type))));
        return t;
    }
    c.allowOnly(where, o, keys);
    t.name = c.name(where, o);
    t.specimen = c.string(where, o, QStringLiteral("specimen")).value_or(QString());
    if (auto tube = c.string(where, o, QStringLiteral("tube"))) {
        t.tube = *tube;
        const bool inFile = std::any_of(file.tubes.begin(), file.tubes.end(),
                                        [&](const Tube& x) { return x.code == t.tube; });
        if (!inFile && !known.tube(t.tube))
            c.problem(where, CatalogueParser::tr("unknown tube %1").arg(quoted(t.tube)));
    }
    t.turnaround = c.turnaround(where, o);
    t.nurseProtocol = c.flag(where, o, QStringLiteral("nurse_protocol"));
    if (t.type == ValueType::Numeric)
        parseNumeric(c, where, o, t);
    else if (t.type == ValueType::Coded)
        parseCoded(c, where, o, t);
    return t;
}

Panel parsePanel(Checker& c, QString where, const QJsonObject& o, const CatalogueFile& file,
                 const Catalogue& known)
{
    Panel p;
    c.allowOnly(where, o,
                {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("tests"),
                 QStringLiteral("nurse_protocol")});
    if (auto code = c.code(where, o)) {
        p.code = *code;
        where = CatalogueParser::tr("panel %1").arg(quoted(p.code));
    }
    p.name = c.name(where, o);
    p.nurseProtocol = c.flag(where, o, QStringLiteral("nurse_protocol"));
    const QJsonValue tests = o.value(QStringLiteral("tests"));
    if (!tests.isArray() || tests.toArray().isEmpty()) {
        c.problem(where, CatalogueParser::tr("'tests' should be a non-empty list of test codes"));
        return p;
    }
    for (const auto& item : tests.toArray()) {
        const QString code = item.toString();
        const bool inFile = std::any_of(file.tests.begin(), file.tests.end(),
                                        [&](const LabTest& x) { return x.code == code; });
        if (!item.isString() || (!inFile && !known.test(code)))
            c.problem(
                where,
                CatalogueParser::tr("unknown test %1").arg(quoted(item.isString() ? code : typeName(item))));
        else if (p.tests.contains(code))
            c.problem(where, CatalogueParser::tr("the test %1 appears twice").arg(quoted(code)));
        else
            p.tests.append(code);
    }
    return p;
}

ImagingExam parseExam(Checker& c, QString where, const QJsonObject& o)
{
    ImagingExam e;
    c.allowOnly(where, o,
                {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("modality"),
                 QStringLiteral("region"), QStringLiteral("turnaround"), QStringLiteral("nurse_protocol")});
    if (auto code = c.code(where, o)) {
        e.code = *code;
        where = CatalogueParser::tr("exam %1").arg(quoted(e.code));
    }
    e.name = c.name(where, o);
    if (auto modality = c.string(where, o, QStringLiteral("modality"))) {
        if (!modalities().contains(*modality))
            c.problem(where, CatalogueParser::tr("unknown modality %1 (expected one of %2)")
                                 .arg(quoted(*modality), modalities().join(QStringLiteral(", "))));
        e.modality = *modality;
    }
    e.region = c.string(where, o, QStringLiteral("region")).value_or(QString());
    e.turnaround = c.turnaround(where, o);
    e.nurseProtocol = c.flag(where, o, QStringLiteral("nurse_protocol"));
    return e;
}

QString jsonPosition(const QByteArray& json, int offset)
{
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < json.size(); ++i) {
        if (json.at(i) == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return CatalogueParser::tr("line %1, column %2").arg(line).arg(column);
}

} // namespace

Result<CatalogueFile> CatalogueParser::parse(const QByteArray& json, const QString& fileName,
                                             const Catalogue& known)
{
    Checker c(QFileInfo(fileName).fileName());
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        c.problem(QString(),
                  tr("not valid JSON at %1: %2").arg(jsonPosition(json, error.offset), error.errorString()));
        return makeError(c.message(), Error::Code::Corrupt);
    }
    if (!doc.isObject()) {
        c.problem(QString(), tr("the file should contain one JSON object"));
        return makeError(c.message(), Error::Code::Corrupt);
    }
    const QJsonObject root = doc.object();
    c.allowOnly(QString(), root,
                {QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("tubes"),
                 QStringLiteral("tests"), QStringLiteral("panels"), QStringLiteral("exams")});
    if (root.value(QStringLiteral("format")) != QJsonValue(formatName())) {
        c.problem(QString(), tr("'format' should be \"%1\"").arg(formatName()));
        return makeError(c.message(), Error::Code::InvalidInput);
    }
    CatalogueFile file;
    if (!root.contains(QStringLiteral("version")))
        c.problem(QString(), tr("missing 'version'"));
    else
        file.version = c.wholeNumber(QString(), root, QStringLiteral("version"), 1, 1000000).value_or(0);

    QSet<QString> seen;
    forEachObject(c, root, QStringLiteral("tubes"), tr("tube"), [&](QString where, const QJsonObject& o) {
        c.allowOnly(where, o, {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("colour")});
        Tube t;
        if (auto code = c.code(where, o)) {
            t.code = *code;
            where = tr("tube %1").arg(quoted(t.code));
        }
        t.name = c.name(where, o);
        if (auto colour = c.string(where, o, QStringLiteral("colour"))) {
            if (!colourPattern().match(*colour).hasMatch())
                c.problem(where, tr("'colour' should be written #rrggbb, not %1").arg(quoted(*colour)));
            t.colour = colour->toLower();
        }
        if (!t.code.isEmpty() && firstTime(c, seen, where, t.code))
            file.tubes.append(t);
    });
    // Tests and panels share one set of codes: an order names either ("--tests 2823-3,iono").
    seen.clear();
    forEachObject(c, root, QStringLiteral("tests"), tr("test"),
                  [&](const QString& where, const QJsonObject& o) {
                      LabTest t = parseTest(c, where, o, file, known);
                      if (t.code.isEmpty() || !firstTime(c, seen, where, t.code))
                          return;
                      if (known.panel(t.code))
                          c.problem(where, tr("the code %1 is already a panel's").arg(quoted(t.code)));
                      file.tests.append(std::move(t));
                  });
    forEachObject(c, root, QStringLiteral("panels"), tr("panel"),
                  [&](const QString& where, const QJsonObject& o) {
                      Panel p = parsePanel(c, where, o, file, known);
                      if (p.code.isEmpty() || !firstTime(c, seen, where, p.code))
                          return;
                      if (known.test(p.code))
                          c.problem(where, tr("the code %1 is already a test's").arg(quoted(p.code)));
                      file.panels.append(std::move(p));
                  });
    seen.clear();
    forEachObject(c, root, QStringLiteral("exams"), tr("exam"),
                  [&](const QString& where, const QJsonObject& o) {
                      ImagingExam e = parseExam(c, where, o);
                      if (!e.code.isEmpty() && firstTime(c, seen, where, e.code))
                          file.exams.append(std::move(e));
                  });
    if (file.tubes.isEmpty() && file.tests.isEmpty() && file.panels.isEmpty() && file.exams.isEmpty())
        c.problem(QString(), tr("the file defines no tube, test, panel or exam"));
    if (!c.ok())
        return makeError(c.message(), Error::Code::InvalidInput);
    return file;
}

Result<CatalogueFile> CatalogueParser::load(const QString& path, const Catalogue& known)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(tr("%1: cannot be read: %2").arg(QFileInfo(path).fileName(), file.errorString()),
                         Error::Code::Io);
    }
    return parse(file.readAll(), path, known);
}

} // namespace wp::orders
