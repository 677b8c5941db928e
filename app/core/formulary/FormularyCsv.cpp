#include "FormularyCsv.h"

#include "csv/CsvReader.h"
#include "foundation/QuotedText.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>

namespace wp::medication {

namespace {

const auto listSeparator = QLatin1Char('|');

QStringList splitList(const QString& value)
{
    QStringList out;
    for (const QString& part : value.split(listSeparator)) {
        const QString t = part.trimmed();
        if (!t.isEmpty()) {
            out << t;
        }
    }
    return out;
}

/// A non-negative number written with a point or a comma; empty gives nullopt.
Result<std::optional<double>> number(const CsvReader& csv, int line, const QString& column,
                                     const QString& raw)
{
    const QString t = raw.trimmed();
    if (t.isEmpty()) {
        return std::optional<double>();
    }
    static const QRegularExpression re(QStringLiteral("^[0-9]+([.,][0-9]+)?$"));
    if (!re.match(t).hasMatch()) {
        return csv.error(line, column,
                         FormularyCsv::tr("a number such as 500 or 0.25, not %1").arg(QuotedText::quote(t)));
    }
    const double v = QString(t).replace(QLatin1Char(','), QLatin1Char('.')).toDouble();
    if (v <= 0) {
        return csv.error(line, column, FormularyCsv::tr("a number above zero, or nothing"));
    }
    return std::optional<double>(v);
}

} // namespace

QStringList FormularyCsv::requiredColumns()
{
    return {QStringLiteral("code"),      QStringLiteral("inn"),    QStringLiteral("form"),
            QStringLiteral("dose_unit"), QStringLiteral("routes"), QStringLiteral("high_risk")};
}

QStringList FormularyCsv::optionalColumns()
{
    return {QStringLiteral("brand"),
            QStringLiteral("strength"),
            QStringLiteral("per_unit"),
            QStringLiteral("therapeutic_class"),
            QStringLiteral("atc"),
            QStringLiteral("allergy_classes"),
            QStringLiteral("synonyms"),
            QStringLiteral("usual_per_dose"),
            QStringLiteral("max_per_dose"),
            QStringLiteral("usual_per_day"),
            QStringLiteral("max_per_day"),
            QStringLiteral("child_max_per_kg_dose"),
            QStringLiteral("child_max_per_kg_day"),
            QStringLiteral("look_alikes")};
}

QStringList FormularyCsv::routeCodes()
{
    return {QStringLiteral("oral"),   QStringLiteral("iv"),         QStringLiteral("im"),
            QStringLiteral("sc"),     QStringLiteral("sublingual"), QStringLiteral("inhaled"),
            QStringLiteral("rectal"), QStringLiteral("topical"),    QStringLiteral("enteral")};
}

QStringList FormularyCsv::doseUnits()
{
    return {QStringLiteral("mg"), QStringLiteral("g"), QStringLiteral("ug"), QStringLiteral("iu"),
            QStringLiteral("ml")};
}

QStringList FormularyCsv::countUnits()
{
    return {QStringLiteral("tablet"), QStringLiteral("ml"), QStringLiteral("drop"), QStringLiteral("puff")};
}

Result<QList<FormularyDrug>> FormularyCsv::parseFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return Error(tr("Cannot read %1: %2").arg(path, f.errorString()), Error::Code::NotFound);
    }
    // A formulary is a few thousand lines: read at once, with the reader's limits still applied.
    if (f.size() > 64 * 1024 * 1024) {
        return Error(tr("%1 is larger than 64 MB: not a formulary.").arg(path), Error::Code::InvalidInput);
    }
    return parseData(f.readAll(), path);
}

Result<QList<FormularyDrug>> FormularyCsv::parseData(const QByteArray& data, const QString& fileName)
{
    CsvReader::Limits limits;
    limits.maxRecords = 100'000;
    auto opened = CsvReader::openData(data, fileName, limits);
    if (!opened) {
        return opened.error();
    }
    CsvReader& csv = *opened;
    if (auto st = csv.checkColumns(requiredColumns(), optionalColumns()); !st) {
        return st.error();
    }
    static const QRegularExpression codeRe(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$"));
    static const QRegularExpression classRe(QStringLiteral("^[a-z0-9][a-z0-9-]{0,39}$"));
    QList<FormularyDrug> drugs;
    QHash<QString, int> lines; // code → line where first defined
    CsvReader::Record record;
    while (true) {
        auto more = csv.next(record);
        if (!more) {
            return more.error();
        }
        if (!*more) {
            break;
        }
        const int line = record.line;
        const auto value = [&](const char* column) {
            return csv.value(record, QString::fromLatin1(column)).trimmed();
        };
        FormularyDrug d;
        d.code = value("code");
        if (!codeRe.match(d.code).hasMatch()) {
            return csv.error(line, QStringLiteral("code"),
                             tr("a code of 1 to 40 letters, digits, '.', '_' or '-', not %1")
                                 .arg(QuotedText::quote(d.code)));
        }
        if (lines.contains(d.code)) {
            return csv.error(
                line, QStringLiteral("code"),
                tr("a code not already used (%1 is on line %2)").arg(d.code).arg(lines.value(d.code)));
        }
        lines.insert(d.code, line);
        d.inn = value("inn");
        if (d.inn.isEmpty() || d.inn.size() > 200) {
            return csv.error(line, QStringLiteral("inn"),
                             tr("the international non-proprietary name (1 to 200 characters)"));
        }
        d.brand = value("brand");
        d.form = value("form");
        if (d.form.isEmpty()) {
            return csv.error(line, QStringLiteral("form"),
                             tr("the pharmaceutical form (tablet, injection…)"));
        }
        d.strength = value("strength");
        d.doseUnit = value("dose_unit");
        if (!doseUnits().contains(d.doseUnit)) {
            return csv.error(line, QStringLiteral("dose_unit"),
                             tr("one of %1, not %2")
                                 .arg(doseUnits().join(QStringLiteral(", ")), QuotedText::quote(d.doseUnit)));
        }
        for (const QString& part : splitList(value("per_unit"))) {
            const qsizetype colon = part.indexOf(QLatin1Char(':'));
            const QString unit = part.left(colon).trimmed();
            if (colon < 0 || !countUnits().contains(unit)) {
                return csv.error(line, QStringLiteral("per_unit"),
                                 tr("UNIT:AMOUNT pairs separated by '|' with UNIT one of %1, not %2")
                                     .arg(countUnits().join(QStringLiteral(", ")), QuotedText::quote(part)));
            }
            auto amount = number(csv, line, QStringLiteral("per_unit"), part.mid(colon + 1));
            if (!amount) {
                return amount.error();
            }
            if (!*amount) {
                return csv.error(line, QStringLiteral("per_unit"), tr("an amount after %1:").arg(unit));
            }
            d.perUnit.insert(unit, **amount);
        }
        d.routes = splitList(value("routes"));
        if (d.routes.isEmpty()) {
            return csv.error(
                line, QStringLiteral("routes"),
                tr("at least one route (%1), separated by '|'").arg(routeCodes().join(QStringLiteral(", "))));
        }
        for (const QString& r : d.routes) {
            if (!routeCodes().contains(r)) {
                return csv.error(line, QStringLiteral("routes"),
                                 tr("routes among %1, not %2")
                                     .arg(routeCodes().join(QStringLiteral(", ")), QuotedText::quote(r)));
            }
        }
        d.therapeuticClass = value("therapeutic_class");
        if (!d.therapeuticClass.isEmpty() && !classRe.match(d.therapeuticClass).hasMatch()) {
            return csv.error(line, QStringLiteral("therapeutic_class"),
                             tr("a class code in lower case letters, digits and '-', not %1")
                                 .arg(QuotedText::quote(d.therapeuticClass)));
        }
        d.atc = value("atc");
        static const QRegularExpression atcRe(
            QStringLiteral("^[A-Z]([0-9]{2}([A-Z]([A-Z]([0-9]{2})?)?)?)?$"));
        if (!d.atc.isEmpty() && !atcRe.match(d.atc).hasMatch()) {
            return csv.error(line, QStringLiteral("atc"),
                             tr("an ATC code such as J01CA04, not %1").arg(QuotedText::quote(d.atc)));
        }
        d.allergyClasses = splitList(value("allergy_classes"));
        for (const QString& c : d.allergyClasses) {
            if (!classRe.match(c).hasMatch()) {
                return csv.error(
                    line, QStringLiteral("allergy_classes"),
                    tr("class codes in lower case letters, digits and '-', separated by '|', not %1")
                        .arg(QuotedText::quote(c)));
            }
        }
        d.synonyms = splitList(value("synonyms"));
        d.lookAlikes = splitList(value("look_alikes"));
        struct Limit
        {
            const char* column;
            std::optional<double>* target;
        };
        const Limit limitColumns[] = {{"usual_per_dose", &d.usualPerDose},
                                      {"max_per_dose", &d.maxPerDose},
                                      {"usual_per_day", &d.usualPerDay},
                                      {"max_per_day", &d.maxPerDay},
                                      {"child_max_per_kg_dose", &d.childMaxPerKgDose},
                                      {"child_max_per_kg_day", &d.childMaxPerKgDay}};
        for (const Limit& l : limitColumns) {
            auto n = number(csv, line, QString::fromLatin1(l.column), value(l.column));
            if (!n) {
                return n.error();
            }
            *l.target = *n;
        }
        if (d.usualPerDose && d.maxPerDose && *d.usualPerDose > *d.maxPerDose) {
            return csv.error(line, QStringLiteral("max_per_dose"),
                             tr("a maximum at least the usual dose (%1)").arg(*d.usualPerDose));
        }
        if (d.usualPerDay && d.maxPerDay && *d.usualPerDay > *d.maxPerDay) {
            return csv.error(line, QStringLiteral("max_per_day"),
                             tr("a maximum at least the usual dose (%1)").arg(*d.usualPerDay));
        }
        if (d.maxPerDose && d.maxPerDay && *d.maxPerDose > *d.maxPerDay) {
            return csv.error(line, QStringLiteral("max_per_day"),
                             tr("at least the maximum per administration (%1)").arg(*d.maxPerDose));
        }
        const QString risk = value("high_risk").toLower();
        if (risk != QLatin1String("yes") && risk != QLatin1String("no")) {
            return csv.error(line, QStringLiteral("high_risk"),
                             tr("yes or no, not %1").arg(QuotedText::quote(value("high_risk"))));
        }
        d.highRisk = risk == QLatin1String("yes");
        drugs << d;
    }
    if (drugs.isEmpty()) {
        return csv.error(2, QStringLiteral("code"), tr("at least one drug"));
    }
    return drugs;
}

} // namespace wp::medication
